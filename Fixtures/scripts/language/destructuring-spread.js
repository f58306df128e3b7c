// Destructuring, spread and rest.
const { a, b: renamed, c = 'default', ...others } = { a: 1, b: 2, d: 4, e: 5 };
[a, renamed, c, others] // expect: [1,2,"default",{"d":4,"e":5}]
const [first, , third = 'x', ...tail] = [10, 20, undefined, 40, 50];
[first, third, tail] // expect: [10,"x",[40,50]]
let p = 1, q = 2; [p, q] = [q, p]; [p, q] // expect: [2,1]
const { nested: { deep } } = { nested: { deep: 'value' } }; deep // expect: value
[...[1, 2], ...'ab', 3] // expect: [1,2,"a","b",3]
({ ...{ x: 1, y: 2 }, y: 3, ...null }) // expect: {"x":1,"y":3}
Math.max(...[4, 8, 2]) // expect: 8
function collect(...items) { return items; } collect(...'hi', 3) // expect: ["h","i",3]
const { length } = 'hello'; length // expect: 5
for (const [key, value] of Object.entries({ k1: 'v1', k2: 'v2' })) { key + '=' + value } // expect: k2=v2
const { missing } = {}; missing // expect: undefined
const { boom } = null; // expect error: TypeError: Cannot destructure property 'boom' of 'null' as it is null.
const [notIterable] = {}; // expect error: TypeError: {} is not iterable
const source = { a: 1 }; const [fromSource] = source; // expect error: TypeError: source is not iterable
let maybe; const { field } = maybe; // expect error: TypeError: Cannot destructure property 'field' of 'maybe' as it is undefined.
Math.max(...{}) // expect error: TypeError: Spread syntax requires ...iterable[Symbol.iterator] to be a function
