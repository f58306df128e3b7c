// expect error: Cannot use 'await' as identifier inside an async function (3:6)
async function f() {
  var await = 1;
}
