// expect error: Invalid or unexpected token (2:10)
var x = 1 @ 2;
