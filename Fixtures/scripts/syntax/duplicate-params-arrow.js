// expect error: Argument name clash (2:15)
var f = (a, b, a) => a;
