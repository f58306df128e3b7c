// expect error: Illegal continue statement: 'block' does not denote an iteration statement (3:11)
block: {
  continue block;
}
