// var hoisting, let/const block scope and the temporal dead zone.
var seen = hoisted; var hoisted = 1; seen // expect: undefined
early(); function early() { return 'early'; } // expect: early
var v = 1; { var v = 2; } v // expect: 2
let l = 1; { let l = 2; } l // expect: 1
const c = 1; { const c = 2; } c // expect: 1
tdz; let tdz = 1; // expect error: ReferenceError: Cannot access 'tdz' before initialization
const fixed = 1; fixed = 2; // expect error: TypeError: Assignment to constant variable.
unknownName + 1 // expect error: ReferenceError: unknownName is not defined
typeof unknownName // expect: undefined
(function () { inner = 5; })(); inner // expect: 5
function shadow() { var x = 'outer'; { let x = 'inner'; } return x; } shadow() // expect: outer
function blockFunction() { if (true) { function f() { return 1; } return f(); } } blockFunction() // expect: 1
let sum = 0; for (let i = 0; i < 3; i++) { let i2 = i * 2; sum += i2; } sum // expect: 6
(function () { try { return x; } finally { } var x = 3; })() // expect: undefined
(function () { { let y = 1; } return typeof y; })() // expect: undefined
(function () { function inner() { return captured; } let captured = 'late'; return inner(); })() // expect: late
var before = typeof annexB; if (true) { function annexB() { return 'hoisted'; } } [before, annexB()] // expect: ["undefined","hoisted"]
(function () { if (false) { function never() {} } return typeof never; })() // expect: undefined
(function () { { function inner() { return 1; } } return inner(); })() // expect: 1
(function () { 'use strict'; { function strictInner() {} } return typeof strictInner; })() // expect: undefined
{ function completion() {} } // expect: [Function completion]
