// expect error: Unexpected token ';' (6:8)
// expect error: Unexpected token ';' (8:12)
// expect error: Identifier 'ok2' has already been declared (11:4)
// expect error: Invalid or unexpected token (12:8)
var ok = 1;
var a = ;
function f() {
  return 1 +;
}
let ok2 = 2;
let ok2 = 3;
var b = 'unterminated;
var c = 1;
