// expect error: Identifier 'count' has already been declared (3:4)
var count = 0;
let count = 1;
