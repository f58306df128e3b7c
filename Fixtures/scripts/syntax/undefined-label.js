// expect error: Unsyntactic break (3:2)
while (true) {
  break missing;
}
