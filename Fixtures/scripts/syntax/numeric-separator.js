// expect error: Numeric separator must be exactly one underscore (2:10)
var n = 1__000;
