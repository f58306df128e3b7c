// expect error: Unexpected token 'class' (2:10)
while (x) class A {}
