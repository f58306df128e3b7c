// Array methods that package code uses.
let a = [1, 2, 3];
a.push(4, 5) // expect: 5
a // expect: [1,2,3,4,5]
a.pop() // expect: 5
a.shift() // expect: 1
a.unshift(0) // expect: 4
a // expect: [0,2,3,4]
a.length // expect: 4
a.slice(1, 3) // expect: [2,3]
a.slice(-2) // expect: [3,4]
let s = [1, 2, 3, 4, 5]; s.splice(1, 2, 'x') // expect: [2,3]
s // expect: [1,"x",4,5]
[1, 2].concat([3], 4, [[5]]) // expect: [1,2,3,4,[5]]
[1, null, undefined, 'a'].join('-') // expect: 1---a
[1, 2, 3].join() // expect: 1,2,3
[1, 2, 3].indexOf(2) // expect: 1
[1, 2, 3].indexOf('2') // expect: -1
[NaN].indexOf(NaN) // expect: -1
[NaN].includes(NaN) // expect: true
[1, 2, 3].map(x => x * 2) // expect: [2,4,6]
[1, 2, 3, 4].filter(x => x % 2 === 0) // expect: [2,4]
let sum = 0; [1, 2, 3].forEach(x => { sum += x; }); sum // expect: 6
[1, 2, 3].some(x => x > 2) // expect: true
[1, 2, 3].every(x => x > 2) // expect: false
[{ id: 1 }, { id: 2 }].find(o => o.id === 2) // expect: {"id":2}
[1, 2, 3].find(x => x > 5) // expect: undefined
[1, 2, 3].findIndex(x => x === 3) // expect: 2
[1, 2, 3, 4].reduce((acc, x) => acc + x) // expect: 10
[1, 2, 3].reduce((acc, x) => acc + x, 10) // expect: 16
[].reduce((a, b) => a + b) // expect error: TypeError: Reduce of empty array with no initial value
[3, 1, 10, 2].sort() // expect: [1,10,2,3]
[3, 1, 10, 2].sort((x, y) => x - y) // expect: [1,2,3,10]
['b', undefined, 'a'].sort() // expect: ["a","b",null]
[{ n: 'b', i: 1 }, { n: 'a', i: 2 }, { n: 'b', i: 0 }].sort((x, y) => x.n < y.n ? -1 : x.n > y.n ? 1 : 0).map(x => x.i) // expect: [2,1,0]
[1, 2, 3].reverse() // expect: [3,2,1]
Array.isArray([]) // expect: true
Array.isArray({ length: 0 }) // expect: false
[1, [2, [3, [4]]]].flat() // expect: [1,2,[3,[4]]]
Array.from('abc') // expect: ["a","b","c"]
Array(3).length // expect: 3
new Array(2, 3) // expect: [2,3]
let holes = []; holes[3] = 'x'; holes.length // expect: 4
[1, 2, 3].map(String) // expect: ["1","2","3"]
['1', '2', '3'].map(Number) // expect: [1,2,3]
String([1, [2, 3]]) // expect: 1,2,3
[] + [] // expect: 
[1, 2].toString() // expect: 1,2
typeof [] // expect: object
[1, 2, 3].at(-1) // expect: 3
[0, 1, 2].fill(9, 1) // expect: [0,9,9]
[1,2,3].map(undefined) // expect error: TypeError: undefined is not a function
