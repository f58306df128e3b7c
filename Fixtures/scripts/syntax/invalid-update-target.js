// expect error: Invalid left-hand side expression in postfix operation (3:0)
var a = 1;
(a + 1)++;
