// expect error: Invalid regular expression: /(unclosed/: Unterminated group (2:8)
var r = /(unclosed/;
