// Objects keep insertion order, with integer keys first like JavaScript.
let o = { b: 1, 2: 'two', a: 2, 1: 'one', '-1': 'minus', '01': 'zero-one' };
Object.keys(o) // expect: ["1","2","b","a","-1","01"]
Object.values({ x: 1, y: [2] }) // expect: [1,[2]]
Object.entries({ x: 1, y: 'z' }) // expect: [["x",1],["y","z"]]
Object.assign({ a: 1 }, { b: 2 }, null, { a: 3 }) // expect: {"a":3,"b":2}
let p = { name: 'pkg' }; p.version = 'v1'; p['label'] = 'Label'; p // expect: {"name":"pkg","version":"v1","label":"Label"}
delete p.version; Object.keys(p) // expect: ["name","label"]
'name' in p // expect: true
'toString' in p // expect: true
p.hasOwnProperty('toString') // expect: false
p.missing // expect: undefined
p.nested.deep // expect error: TypeError: Cannot read properties of undefined (reading 'deep')
let n = null; n.x // expect error: TypeError: Cannot read properties of null (reading 'x')
undefined.x = 1 // expect error: TypeError: Cannot set properties of undefined (setting 'x')
({ toString() { return 'custom'; } }) + '!' // expect: custom!
({ valueOf() { return 41; } }) + 1 // expect: 42
String({}) // expect: [object Object]
Object.prototype.toString.call([]) // expect: [object Array]
Object.prototype.toString.call(null) // expect: [object Null]
let counter = { count: 0, inc() { this.count++; return this; } }; counter.inc().inc().count // expect: 2
let k = 'dyn'; ({ [k + 'amic']: 1 }) // expect: {"dynamic":1}
let short = 5; ({ short }) // expect: {"short":5}
Object.keys('ab') // expect: ["0","1"]
Object.fromEntries([['a', 1], ['b', 2]]) // expect: {"a":1,"b":2}
let frozen = Object.freeze({ a: 1 }); frozen.a = 2; frozen.a // expect: 1
Object.getPrototypeOf({}) === Object.prototype // expect: true
let child = Object.create({ inherited: true }); child.inherited // expect: true
typeof {} // expect: object
let withGetter = { get full() { return 'a' + 'b'; } }; withGetter.full // expect: ab
