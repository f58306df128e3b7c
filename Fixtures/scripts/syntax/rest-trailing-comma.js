// expect error: Comma is not permitted after the rest element (2:15)
var [a, ...rest,] = list;
