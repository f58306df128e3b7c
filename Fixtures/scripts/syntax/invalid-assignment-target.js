// expect error: Assigning to rvalue (3:0)
var a = 1;
a + 1 = 2;
