// expect error: Unexpected token (3:4)
var f = async
(x) => x;
