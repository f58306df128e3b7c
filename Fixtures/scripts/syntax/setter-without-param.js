// expect error: Setter must have exactly one formal parameter. (2:19)
var o = { set value() {} };
