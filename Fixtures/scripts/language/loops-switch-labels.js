// Loops, switch, labels, for-in and for-of.
let out = []; for (let i = 0; i < 5; i++) { if (i === 1) continue; if (i === 3) break; out.push(i); } out // expect: [0,2]
let w = 0; while (w < 10) { w += 3; } w // expect: 12
let d = 0; do { d++; } while (d < 0); d // expect: 1
let keys = []; for (const k in { x: 1, y: 2 }) { keys.push(k); } keys // expect: ["x","y"]
let inherited = Object.create({ base: 1 }); inherited.own = 2; let seen = []; for (const k in inherited) seen.push(k); seen // expect: ["own","base"]
let idx = []; for (const i in ['a', 'b']) idx.push(typeof i); idx // expect: ["string","string"]
let chars = []; for (const ch of 'a😀') chars.push(ch); chars.length // expect: 2
let grow = [1]; let visits = 0; for (const x of grow) { if (grow.length < 3) grow.push(x); visits++; } visits // expect: 3
function kind(v) { switch (typeof v) { case 'number': return 'num'; case 'string': case 'symbol': return 'text'; default: return 'other'; } }
[kind(1), kind('s'), kind(null)] // expect: ["num","text","other"]
let fall = []; switch (2) { case 1: fall.push(1); case 2: fall.push(2); case 3: fall.push(3); break; case 4: fall.push(4); } fall // expect: [2,3]
switch ('1') { case 1: 'number'; break; default: 'no match' } // expect: no match
let pairs = []; outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue outer; if (i === 2) break outer; pairs.push([i, j]); } } pairs // expect: [[0,0],[1,0]]
block: { if (true) break block; 'not reached'; } 'after block' // expect: after block
let total = 0; for (var v of [1, 2, 3]) total += v; [total, v] // expect: [6,3]
for (const x of 5) {} // expect error: TypeError: 5 is not iterable
