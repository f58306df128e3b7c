// expect error: Keyword must not contain escaped characters (3:0)

v\u0061r x = 1;
