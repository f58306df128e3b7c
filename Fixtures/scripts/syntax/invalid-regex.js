// expect error: Invalid regular expression: /(unclosed/: Unterminated group (2:9)
var r = /(unclosed/;
