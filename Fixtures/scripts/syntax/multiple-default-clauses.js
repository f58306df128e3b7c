// expect error: Multiple default clauses (4:2)
switch (x) {
  default: a();
  default: b();
}
