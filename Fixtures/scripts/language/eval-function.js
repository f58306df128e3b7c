// eval and the Function constructor: code from strings runs in the same sandbox.
eval('1 + 2') // expect: 3
eval(42) // expect: 42
eval('var fromEval = 7; fromEval * 2') // expect: 14
fromEval // expect: 7
function localEval() { var a = 1; eval('var b = a + 1'); return b; } localEval() // expect: 2
typeof b // expect: undefined
function strictEval() { 'use strict'; eval('var c = 3'); return typeof c; } strictEval() // expect: undefined
function seesCaller(x) { return eval('x * 10'); } seesCaller(4) // expect: 40
function assignsCaller() { var y = 1; eval('y = 5'); return y; } assignsCaller() // expect: 5
const indirect = eval; function notLocal() { var z = 'local'; return indirect('typeof z'); } notLocal() // expect: undefined
(0, eval)('var viaIndirect = 9'); viaIndirect // expect: 9
function thisInEval() { return eval('this.tag'); } thisInEval.call({ tag: 'mine' }) // expect: mine
function argumentsInEval() { return eval('arguments.length'); } argumentsInEval(1, 2, 3) // expect: 3
eval('let scoped = 1; scoped + 1') // expect: 2
typeof scoped // expect: undefined
eval('if (true) { 5; } else { 6; }') // expect: 5
eval('var nothing;') // expect: undefined
eval('function declared() { return "d"; }'); declared() // expect: d
function deletable() { eval('var gone = 1'); return [delete gone, typeof gone]; } deletable() // expect: [true,"undefined"]
function closure() { eval('var counter = 0'); return function () { return ++counter; }; } const next = closure(); next(); next() // expect: 2
Function('a', 'b', 'return a + b')(2, 3) // expect: 5
new Function('return typeof this')() // expect: object
Function('a, b', 'return b')(1, 2) // expect: 2
Function()() // expect: undefined
Function('return this')() === globalThis // expect: true
function noClosure() { var hidden = 1; return Function('return typeof hidden')(); } noClosure() // expect: undefined
function nameOf(f) { try { f(); return 'no error'; } catch (e) { return e.name; } } nameOf(() => Function('}), (function(){')) // expect: SyntaxError
nameOf(() => Function('/*', '*/){')) // expect: SyntaxError
nameOf(() => eval('(')) // expect: SyntaxError
Function('a', 'return a').length // expect: 1
Function('x', 'y', '').name // expect: anonymous
