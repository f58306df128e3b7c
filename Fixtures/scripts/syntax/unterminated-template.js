// expect error: Unexpected end of input (4:0)
var text = `hello ${name}
var next = 1;
