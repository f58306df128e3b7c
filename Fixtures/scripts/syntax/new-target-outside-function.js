// expect error: new.target expression is not allowed here (2:12)
var t = new.target;
