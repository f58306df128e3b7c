// expect error: Invalid hexadecimal escape sequence (2:9)
var s = '\x4G';
