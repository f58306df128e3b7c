// Property attributes are enforced; arrays have holes; array methods work on array-likes.
const fixed = Object.defineProperty({}, 'k', { value: 1 }); fixed.k = 2; fixed.k // expect: 1
(function () { 'use strict'; fixed.k = 2; })() // expect error: TypeError: Cannot assign to read only property 'k' of object '#<Object>'
Object.defineProperty(fixed, 'k', { value: 2 }) // expect error: TypeError: Cannot redefine property: k
Object.defineProperty(fixed, 'k', { value: 1 }).k // expect: 1
Object.defineProperty({}, 'x', { get() {}, value: 1 }) // expect error: TypeError: Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>
const closed = Object.preventExtensions({ a: 1 }); closed.b = 2; [closed.b, Object.isExtensible(closed)] // expect: [null,false]
Object.defineProperty(closed, 'b', { value: 2 }) // expect error: TypeError: Cannot define property b, object is not extensible
(function () { 'use strict'; closed.b = 2; })() // expect error: TypeError: Cannot add property b, object is not extensible
const sealed = Object.seal({ s: 1 }); sealed.s = 2; delete sealed.s; [sealed.s, Object.isSealed(sealed), Object.isFrozen(sealed)] // expect: [2,true,false]
(function () { 'use strict'; delete sealed.s; })() // expect error: TypeError: Cannot delete property 's' of #<Object>
const frozen = Object.freeze([1, 2]); frozen.push(3) // expect error: TypeError: Cannot add property 2, object is not extensible
Object.getOwnPropertyDescriptors({ get g() { return 1; } }).g.set // expect: undefined
const getterOnly = { get v() { return 1; } }; (function () { 'use strict'; getterOnly.v = 2; })() // expect error: TypeError: Cannot set property v of #<Object> which has only a getter
const holes = [1, , 3]; [holes.length, 1 in holes, Object.keys(holes)] // expect: [3,false,["0","2"]]
let visits = 0; holes.forEach(() => visits++); visits // expect: 2
holes.map((x) => x * 2) // expect: [2,null,6]
delete holes[0]; [holes[0], holes.length, holes.indexOf(undefined), holes.includes(undefined)] // expect: [null,3,-1,true]
const sparse = []; sparse[10] = 'x'; [sparse.length, Object.keys(sparse)] // expect: [11,["10"]]
const arrayLike = { length: 3, 0: 'a', 2: 'c' }; Array.prototype.join.call(arrayLike, '-') // expect: a--c
Array.prototype.map.call(arrayLike, (x) => x.toUpperCase()) // expect: ["A",null,"C"]
Array.prototype.push.call(arrayLike, 'd'); [arrayLike.length, arrayLike[3]] // expect: [4,"d"]
const counted = { length: 2, get 0() { return 'got'; }, 1: 'one' }; Array.from(counted) // expect: ["got","one"]
Array.prototype.slice.call({ length: '2', 0: 'x', 1: 'y', 2: 'z' }) // expect: ["x","y"]
const shortened = [1, 2, 3, 4]; shortened.length = 2; shortened // expect: [1,2]
[3, 1, 2].toSorted() // expect: [1,2,3]
[1, 2, 3].toReversed() // expect: [3,2,1]
[1, 2, 3].toSpliced(1, 1, 'x', 'y') // expect: [1,"x","y",3]
[1, 2, 3].with(-1, 9) // expect: [1,2,9]
[1, 2, 3, 4, 5].copyWithin(0, 3) // expect: [4,5,3,4,5]
function mapped(a) { arguments[0] = 'changed'; return a; } mapped('original') // expect: changed
function unmapped(a) { 'use strict'; arguments[0] = 'changed'; return a; } unmapped('original') // expect: original
function defaults(a, b = 1) { arguments[0] = 'changed'; return a; } defaults('original') // expect: original
function tdz(x = y, y) { return x; } tdz() // expect error: ReferenceError: Cannot access 'y' before initialization
({}).__lookupGetter__('__proto__') === Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').get // expect: true
const legacy = {}; legacy.__defineGetter__('v', () => 'legacy'); legacy.v // expect: legacy
