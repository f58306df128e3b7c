// expect error: Unterminated string constant (2:15)
var greeting = 'hello;
var next = 1;
