// expect error: setter should have exactly one param (2:19)
var o = { set value() {} };
