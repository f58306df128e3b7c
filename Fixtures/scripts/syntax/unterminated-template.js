// expect error: Unterminated template (2:25)
var text = `hello ${name}
var next = 1;
