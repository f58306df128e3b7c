// `this` for method calls, call/apply/bind and arrow functions.
const account = { owner: 'ann', describe() { return 'owner: ' + this.owner; } };
account.describe() // expect: owner: ann
account['describe']() // expect: owner: ann
const detached = account.describe; detached.call({ owner: 'bob' }) // expect: owner: bob
detached.apply({ owner: 'cat' }, []) // expect: owner: cat
const bound = detached.bind({ owner: 'dan' }); bound() // expect: owner: dan
bound.name // expect: bound describe
function sum(a, b) { return a + b + (this && this.extra || 0); }
sum.call({ extra: 10 }, 1, 2) // expect: 13
sum.apply(null, [1, 2]) // expect: 3
sum.bind(null, 1)(5) // expect: 6
const team = { name: 'core', members: ['a', 'b'], list() { return this.members.map(m => this.name + ':' + m); } };
team.list() // expect: ["core:a","core:b"]
const timer = { seconds: 1, tick() { return [1, 2].map(function () { return this; }); } };
timer.tick()[0] === globalThis // expect: true
'abc'.toUpperCase.call('xyz') // expect: XYZ
Array.prototype.map.call('ab', c => c + c) // expect: ["aa","bb"]
Math.max.apply(null, [3, 9, 2]) // expect: 9
