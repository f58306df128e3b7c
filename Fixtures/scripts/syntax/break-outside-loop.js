// expect error: Unsyntactic break (3:2)
if (done) {
  break;
}
