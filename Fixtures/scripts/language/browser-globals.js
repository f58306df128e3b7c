// node: skip (sandbox-specific globals)
// Browser and Node globals do not exist in the sandbox.
window.location // expect error: ReferenceError: window is not defined
document.getElementById('x') // expect error: ReferenceError: document is not defined
screen.width // expect error: ReferenceError: screen is not defined
new URLSearchParams('a=1') // expect error: ReferenceError: URLSearchParams is not defined
fetch('https://example.com') // expect error: ReferenceError: fetch is not defined
require('fs') // expect error: ReferenceError: require is not defined
process.env // expect error: ReferenceError: process is not defined
typeof window // expect: undefined
typeof eval // expect: function
setTimeout(() => {}, 0) // expect error: ReferenceError: setTimeout is not defined
Function('return 1')() // expect: 1
