// expect error: Cannot use 'yield' as identifier inside a generator (3:6)
function* g() {
  var yield = 1;
}
