// expect error: Missing catch or finally clause (2:0)
try {
  risky();
}
var after = 1;
