// expect error: Label 'outer' has already been declared (3:2)
outer: while (true) {
  outer: for (;;) {}
}
