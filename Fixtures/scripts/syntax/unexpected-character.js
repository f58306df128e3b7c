// expect error: Unexpected character '@' (2:10)
var x = 1 @ 2;
