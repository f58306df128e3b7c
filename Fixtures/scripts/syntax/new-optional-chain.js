// expect error: Invalid optional chain from new expression (2:7)
new obj?.Constructor();
