// expect error: Unexpected token (2:14)
for (var a, b in obj) {}
