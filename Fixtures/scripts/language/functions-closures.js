// Functions, closures, arguments, defaults and rest parameters.
function makeCounter() { let n = 0; return { inc: () => ++n, get: () => n }; }
let c1 = makeCounter(); c1.inc(); c1.inc(); c1.get() // expect: 2
let c2 = makeCounter(); c2.get() // expect: 0
(function (a, b) { return arguments.length; })(1, 2, 3) // expect: 3
(function () { return Array.prototype.slice.call(arguments, 1); })(1, 2, 3) // expect: [2,3]
function greet(name = 'world', punctuation = '!') { return 'hello ' + name + punctuation; }
greet() // expect: hello world!
greet('slingr', '?') // expect: hello slingr?
function total(first, ...rest) { return first + rest.length; }
total(10, 'a', 'b') // expect: 12
total.length // expect: 1
greet.name // expect: greet
const anonymous = function () {}; anonymous.name // expect: anonymous
(() => {}).name + '|' // expect: |
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
fact(10) // expect: 3628800
const fib = function f(n) { return n < 2 ? n : f(n - 1) + f(n - 2); }; fib(15) // expect: 610
let adders = []; for (var i = 0; i < 3; i++) { adders.push(x => x + i); } adders[0](1) // expect: 4
let lets = []; for (let j = 0; j < 3; j++) { lets.push(() => j); } lets.map(f => f()) // expect: [0,1,2]
(function () { return typeof this; })() // expect: object
(function () { 'use strict'; return typeof this; })() // expect: undefined
function outer() { const self = this; return [1].map(function () { return this === self; }); }
outer.call({}) // expect: [false]
function Person(name) { this.name = name; }
Person.prototype.hello = function () { return 'I am ' + this.name; };
new Person('Ann').hello() // expect: I am Ann
new Person('Bob') instanceof Person // expect: true
typeof Person // expect: function
let notAFunction = 5; notAFunction() // expect error: TypeError: notAFunction is not a function
let holder = { }; holder.method() // expect error: TypeError: holder.method is not a function
new notAFunction() // expect error: TypeError: notAFunction is not a constructor
[1, 2, 3].map(function (x) { return x * this.k; }, { k: 10 }) // expect: [10,20,30]
(function (a, b = a * 2) { return [a, b]; })(3) // expect: [3,6]
(function ({ x, y = 1 }) { return x + y; })({ x: 5 }) // expect: 6
