// expect error: Invalid left-hand side in assignment (2:0)
obj?.prop = 1;
