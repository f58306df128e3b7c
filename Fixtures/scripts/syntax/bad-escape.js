// expect error: Bad character escape sequence (2:11)
var s = '\x4G';
