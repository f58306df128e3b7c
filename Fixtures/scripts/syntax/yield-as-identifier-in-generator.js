// expect error: Unexpected identifier 'yield' (3:6)
function* g() {
  var yield = 1;
}
