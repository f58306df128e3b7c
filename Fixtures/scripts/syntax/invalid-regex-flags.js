// expect error: Invalid regular expression flags (2:8)
var r = /abc/gg;
