// expect error: Unterminated regular expression (2:15)
var pattern = /abc
var next = 1;
