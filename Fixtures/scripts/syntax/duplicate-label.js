// expect error: Label 'outer' is already declared (3:2)
outer: while (true) {
  outer: for (;;) {}
}
