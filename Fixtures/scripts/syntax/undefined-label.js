// expect error: Undefined label 'missing' (3:8)
while (true) {
  break missing;
}
