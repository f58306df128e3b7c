// expect error: Redefinition of __proto__ property (4:2)
var o = {
  __proto__: a,
  '__proto__': b
};
