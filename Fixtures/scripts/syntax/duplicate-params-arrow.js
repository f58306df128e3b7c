// expect error: Duplicate parameter name not allowed in this context (2:15)
var f = (a, b, a) => a;
