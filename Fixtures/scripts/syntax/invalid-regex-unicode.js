// expect error: Invalid regular expression: /\p{NotAProperty}/: Invalid property name (2:9)
var r = /\p{NotAProperty}/u;
