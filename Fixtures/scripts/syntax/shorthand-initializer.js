// expect error: Invalid shorthand property initializer (2:10)
var o = { a = 1 };
