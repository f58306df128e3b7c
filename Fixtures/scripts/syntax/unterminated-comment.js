// expect error: Invalid or unexpected token (3:0)
var a = 1;
/* never closed
var b = 2;
