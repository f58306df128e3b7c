// expect error: Identifier directly after number (2:9)
var n = 3in list;
