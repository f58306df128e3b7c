// limits: string=1000 array=1000 steps=100000
let s = 'ab'; for (;;) { s += s; } // expect error: RangeError: Invalid string length (1024 exceeds the limit of 1000 code units)
'x'.repeat(2000) // expect error: RangeError: Invalid string length (2000 exceeds the limit of 1000 code units)
let arr = []; while (true) { arr.push(1); } // expect error: RangeError: Invalid array length (1001 exceeds the limit of 1000 elements)
let big = []; big[5000] = 1; // expect error: RangeError: Invalid array length (5001 exceeds the limit of 1000 elements)
new Array(5000) // expect error: RangeError: Invalid array length (5000 exceeds the limit of 1000 elements)
'ok'.repeat(10).length // expect: 20
