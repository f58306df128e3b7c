// expect error: Identifier 'total' has already been declared (3:4)
let total = 0;
let total = 1;
