// expect error: Lexical declaration cannot appear in a single-statement context (2:11)
if (ready) let [a] = list;
