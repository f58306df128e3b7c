// expect error: Illegal newline after throw (3:7)
function f() {
  throw
  new Error('x');
}
