// expect error: Unexpected token '=>' (3:0)
var f = (a, b)
=> a + b;
