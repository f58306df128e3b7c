// expect error: Unexpected end of input (4:0)
function f() {
  if (x) {
