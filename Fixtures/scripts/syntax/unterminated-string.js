// expect error: Invalid or unexpected token (2:15)
var greeting = 'hello;
var next = 1;
