// expect error: Unsyntactic continue (3:2)
block: {
  continue block;
}
