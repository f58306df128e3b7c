// expect error: Unexpected token 'else' (3:0)
var a = 1;
else { a = 2; }
