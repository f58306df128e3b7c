// expect error: Only one underscore is allowed as numeric separator (2:10)
var n = 1__000;
