// expect error: Unexpected token (4:0)
function f() {
  if (x) {
