// expect error: Illegal return statement (3:0)
var value = compute();
return value;
