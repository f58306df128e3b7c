// expect error: Unexpected token (2:10)
while (x) class A {}
