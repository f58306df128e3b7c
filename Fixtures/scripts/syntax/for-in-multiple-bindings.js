// expect error: Invalid left-hand side in for-in loop: Must have a single binding. (2:9)
for (var a, b in obj) {}
