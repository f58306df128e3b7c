// expect error: Logical expressions and coalesce expressions cannot be mixed. Wrap either by parentheses (2:15)
var v = a ?? b || c;
