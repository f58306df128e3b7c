// expect error: More than one default clause in switch statement (4:2)
switch (x) {
  default: a();
  default: b();
}
