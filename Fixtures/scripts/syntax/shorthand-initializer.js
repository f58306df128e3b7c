// expect error: Shorthand property assignments are valid only in destructuring patterns (2:12)
var o = { a = 1 };
