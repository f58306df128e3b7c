// expect error: Unexpected token '>' (2:13)
var x = 1; --> not a comment here
