// expect error: Invalid regular expression: missing / (2:14)
var pattern = /abc
var next = 1;
