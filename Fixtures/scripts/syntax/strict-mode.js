// expect: valid
'use strict';
var obj = { eval: 1, arguments: 2 };
obj.eval = 3;
function f(a, b) { return [a, b, arguments.length]; }
var octalOk = 0o17 + 0b11 + 0x1F;
var escapesOk = '\0 \x41 \u0041';
class C { static method() { return this; } }
function g() { 'use strict'; return this; }
delete obj.eval;
var interfaceName = obj.interface;
