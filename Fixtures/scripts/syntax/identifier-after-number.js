// expect error: Invalid or unexpected token (2:8)
var n = 3in list;
