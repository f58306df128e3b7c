// expect error: Unexpected reserved word (3:6)
async function f() {
  var await = 1;
}
