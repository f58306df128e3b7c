// expect error: Unexpected token (2:11)
if (ready) let [a] = list;
