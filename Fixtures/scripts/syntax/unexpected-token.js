// expect error: Unexpected token '*' (3:11)
var a = 1;
var b = a +* 2;
