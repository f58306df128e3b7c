// expect error: Invalid Unicode escape sequence (2:9)
var s = `\unicode`;
