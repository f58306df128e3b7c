// expect error: Identifier 'error' has already been declared (3:6)
try {} catch (error) {
  let error = 1;
}
