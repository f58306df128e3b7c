// expect error: 'super' keyword unexpected here (3:9)
function f() {
  return super.method();
}
