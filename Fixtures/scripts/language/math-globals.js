// Math and the global conversion functions.
Math.max(1, 5, 3) // expect: 5
Math.max() // expect: -Infinity
Math.min(1, '0', 3) // expect: 0
Math.max(1, NaN) // expect: NaN
Math.round(2.5) // expect: 3
Math.round(-2.5) // expect: -2
Math.round(0.49999999999999994) // expect: 0
Math.floor(-1.5) // expect: -2
Math.ceil(1.2) // expect: 2
Math.trunc(-4.7) // expect: -4
Math.abs(-3) // expect: 3
Math.sign(-3) // expect: -1
Math.pow(2, 0.5) === Math.SQRT2 // expect: true
Math.sqrt(16) // expect: 4
Math.PI // expect: 3.141592653589793
Math.hypot(3, 4) // expect: 5
Math.log10(1000) // expect: 3
Math.cbrt(27) // expect: 3
typeof Math.random() // expect: number
Math.random() >= 0 && Math.random() < 1 // expect: true
isNaN('abc') // expect: true
isNaN('12') // expect: false
Number.isNaN('abc') // expect: false
isFinite('12') // expect: true
isFinite(Infinity) // expect: false
String(null) // expect: null
String(123) // expect: 123
String([1, 2]) // expect: 1,2
Boolean('') // expect: false
Boolean('false') // expect: true
Boolean(0) // expect: false
encodeURIComponent('a b&c=d/é?') // expect: a%20b%26c%3Dd%2F%C3%A9%3F
encodeURI('https://x.io/a b?q=1#h') // expect: https://x.io/a%20b?q=1#h
decodeURIComponent('a%20b%26%C3%A9') // expect: a b&é
decodeURI('%3Fa%20b') // expect: %3Fa b
encodeURIComponent('\ud800') // expect error: URIError: URI malformed
globalThis.Math === Math // expect: true
typeof globalThis // expect: object
