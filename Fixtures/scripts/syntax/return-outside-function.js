// expect error: 'return' outside of function (3:0)
var value = compute();
return value;
