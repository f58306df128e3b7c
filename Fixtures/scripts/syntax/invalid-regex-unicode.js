// expect error: Invalid regular expression: /\p{NotAProperty}/u: Invalid property name (2:8)
var r = /\p{NotAProperty}/u;
