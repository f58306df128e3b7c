// expect: valid
var integers = [0, 1, 42, 1_000_000, 0x1F, 0X1f, 0o17, 0O17, 0b1010, 0B1010];
var decimals = [3.14, .5, 5., 1e10, 1E-5, 2.5e+3, 0.000_001, 1_0.2_5e1_0];
var big = [0n, 123n, 0x1Fn, 0o17n, 0b11n, 1_000n, 9007199254740993n, 0xFFFFFFFFFFFFFFFFFFFFn];
var large = 9007199254740993;
var huge = 1e400;
var tiny = 5e-324;
var strings = ['single', "double", 'it\'s', "say \"hi\"", '\\ backslash', ''];
var escapes = '\n\r\t\b\f\v\0 \x41 \u0041 \u{1F600} \u{0}';
var continued = 'line one \
line two';
var unicode = '\u2028\u2029';
var member = 1..toString() + 1.5.toFixed(1) + (1).toString();
