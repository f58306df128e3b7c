// expect error: Unexpected token '||' (2:15)
var v = a ?? b || c;
