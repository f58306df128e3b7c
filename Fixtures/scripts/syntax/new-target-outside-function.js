// expect error: 'new.target' can only be used in functions and class static block (2:8)
var t = new.target;
