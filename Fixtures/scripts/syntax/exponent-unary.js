// expect error: Unexpected token (2:11)
var v = -2 ** 2;
