// expect: valid
var a = obj?.prop;
var b = obj?.[key];
var c = obj?.method?.();
var d = obj?.a.b.c?.d;
var e = (obj?.a).b;
var f = obj?.a?.[0]?.(1)?.b;
var g = value ?? 'default';
var h = (a || b) ?? c;
var i = a ?? (b && c);
x ||= 1;
y &&= 2;
z ??= 3;
obj.p ??= {};
var j = 0?.5 : 1;
new (obj?.Constructor)();
