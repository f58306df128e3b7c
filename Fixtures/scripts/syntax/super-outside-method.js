// expect error: 'super' keyword outside a method (3:9)
function f() {
  return super.method();
}
