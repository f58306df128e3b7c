// Number formatting and conversions, as JavaScript prints them.
0.1 + 0.2 // expect: 0.30000000000000004
1e21 // expect: 1e+21
1e20 + 1 // expect: 100000000000000000000
1e-7 // expect: 1e-7
0.000001 // expect: 0.000001
-0 // expect: 0
Object.is(-0, 0) // expect: false
1 / -0 // expect: -Infinity
0 / 0 // expect: NaN
2 ** 53 // expect: 9007199254740992
2 ** 53 + 1 // expect: 9007199254740992
123456789012345680000 // expect: 123456789012345680000
1.7976931348623157e308 * 10 // expect: Infinity
5e-324 // expect: 5e-324
-1.5e-10 // expect: -1.5e-10
(1234.5678).toFixed(2) // expect: 1234.57
(0.5).toFixed(0) // expect: 1
(1.005).toFixed(2) // expect: 1.00
(-0.0001).toFixed(2) // expect: -0.00
(1e21).toFixed(2) // expect: 1e+21
(123.456).toPrecision(4) // expect: 123.5
(0.00001234).toPrecision(2) // expect: 0.000012
(1234567).toPrecision(2) // expect: 1.2e+6
(255).toString(16) // expect: ff
(255).toString(2) // expect: 11111111
(0.5).toString(2) // expect: 0.1
(-255).toString(36) // expect: -73
(12345.6789).toExponential(2) // expect: 1.23e+4
(0).toExponential() // expect: 0e+0
Number('  12 ') // expect: 12
Number('0x1f') // expect: 31
Number('1e3') // expect: 1000
Number('') // expect: 0
Number('12px') // expect: NaN
Number(null) // expect: 0
Number(undefined) // expect: NaN
Number([5]) // expect: 5
Number([1, 2]) // expect: NaN
Number(true) // expect: 1
parseInt('12px') // expect: 12
parseInt('0x1F') // expect: 31
parseInt('  -42abc') // expect: -42
parseInt('101', 2) // expect: 5
parseInt('z', 36) // expect: 35
parseInt('') // expect: NaN
parseFloat('3.14abc') // expect: 3.14
parseFloat('.5') // expect: 0.5
parseFloat('-Infinityx') // expect: -Infinity
Number.MAX_SAFE_INTEGER // expect: 9007199254740991
Number.isInteger(5.0) // expect: true
Number.isInteger('5') // expect: false
(25).toString() + 1 // expect: 251
String(1e-6) + '|' + String(1e-7) // expect: 0.000001|1e-7
(1000000).toLocaleString() // expect: 1,000,000
(5).toFixed(101) // expect error: RangeError: toFixed() digits argument must be between 0 and 100
