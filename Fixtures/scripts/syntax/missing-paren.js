// expect error: Unexpected token '{' (2:6)
if (a {
  b();
}
