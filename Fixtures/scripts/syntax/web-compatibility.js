// expect: valid
// acorn rejects: V8 web-compatibility syntax, so no tree comparison with acorn.
// Constructs V8 accepts for web compatibility; they parse (some throw when run).
f() = 1;
f()++;
--obj.method();
for (f() in list);
a.b() += 2;
class Legacy { 08 = 'keys in class bodies are not octal-checked'; static { 010; } }
let
if (ready) go();
var async = 1, of = 2, get = 3, set = 4, target = 5;
label: function labelled() {}
if (ready) function hanging() {}
var re = /]{}/, octal = '\101', separators = 1_0, legacy = 0777;
