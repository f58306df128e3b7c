// limits: depth=100
function f() { return f(); } f() // expect error: RangeError: Maximum call stack size exceeded
const g = () => g(); try { g(); } catch (e) { 'caught' } // expect error: RangeError: Maximum call stack size exceeded
function down(n) { return n === 0 ? 'bottom' : down(n - 1); } down(90) // expect: bottom
let a = []; a.push(a); String(a) // expect: 
let deep = []; for (let i = 0; i < 1000; i++) deep = [deep]; JSON.stringify(deep).length // expect: 2002
