// expect error: Assigning to rvalue (3:1)
var a = 1;
(a + 1)++;
