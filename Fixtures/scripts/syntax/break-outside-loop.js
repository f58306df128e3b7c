// expect error: Illegal break statement (3:2)
if (done) {
  break;
}
