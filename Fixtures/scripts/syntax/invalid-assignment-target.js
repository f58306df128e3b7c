// expect error: Invalid left-hand side in assignment (3:0)
var a = 1;
a + 1 = 2;
