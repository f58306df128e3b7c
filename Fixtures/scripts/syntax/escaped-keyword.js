// expect error: Escape sequence in keyword var (3:0)
// expect error: Unexpected token (3:9)
v\u0061r x = 1;
