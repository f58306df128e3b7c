// expect error: Getter must not have any formal parameters. (2:19)
var o = { get value(x) { return x; } };
