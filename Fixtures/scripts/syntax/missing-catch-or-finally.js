// expect error: Missing catch or finally after try (4:0)
try {
  risky();
}
var after = 1;
