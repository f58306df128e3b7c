// expect: valid
var a, b, c, rest;
[a, b] = [b, a];
[a, , b = 2, ...rest] = list;
({ a, b: c, ...rest } = object);
({ a = 1, b: { c } = {} } = object);
[a.b, c[0]] = pair;
({ key: obj.prop, [name]: arr[1] } = source);
[(a), ((b))] = pair;
({ a: (b) } = source);
for ([a, b] of pairs);
for ({ a, b } of objects);
function swap([x, y]) { return [y, x]; }
const { length } = 'text';
let [[deep]] = [[1]];
({ __proto__: a, __proto__: b } = source);
