// expect error: Optional chaining cannot appear in left-hand side (2:0)
obj?.prop = 1;
