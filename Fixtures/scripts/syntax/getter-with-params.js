// expect error: getter should have no params (2:19)
var o = { get value(x) { return x; } };
