// expect error: Malformed arrow function parameter list (2:8)
var f = async
(x) => x;
