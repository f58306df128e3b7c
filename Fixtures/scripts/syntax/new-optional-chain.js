// expect error: Optional chaining cannot appear in the callee of new expressions (2:7)
new obj?.Constructor();
