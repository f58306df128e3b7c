// expect error: Duplicate regular expression flag (2:9)
var r = /abc/gg;
