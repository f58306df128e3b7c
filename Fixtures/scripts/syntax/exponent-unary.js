// expect error: Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence (2:8)
var v = -2 ** 2;
