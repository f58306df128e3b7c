// + with ToPrimitive, relational operators, truthiness, typeof and the numeric operators.
1 + '2' // expect: 12
'3' - 1 // expect: 2
'3' * '4' // expect: 12
true + 1 // expect: 2
null + 1 // expect: 1
undefined + 1 // expect: NaN
[1] + [2] // expect: 12
({}) + 'x' // expect: [object Object]x
1 + 2 + '3' // expect: 33
'1' + 2 + 3 // expect: 123
'b' + 'a' + +'a' + 'a' // expect: baNaNa
2 < 10 // expect: true
'2' < '10' // expect: false
'2' < 10 // expect: true
'abc' < 'abd' // expect: true
null < 1 // expect: true
undefined < 1 // expect: false
NaN <= NaN // expect: false
[2] > 1 // expect: true
!!'' // expect: false
!!'0' // expect: true
!![] // expect: true
!!NaN // expect: false
typeof 1 // expect: number
typeof 'x' // expect: string
typeof true // expect: boolean
typeof undefined // expect: undefined
typeof null // expect: object
typeof function () {} // expect: function
typeof Math.max // expect: function
7 % 3 // expect: 1
-7 % 3 // expect: -1
7.5 % 2 // expect: 1.5
2 ** 10 // expect: 1024
(-2) ** 2 // expect: 4
5 & 3 // expect: 1
5 | 3 // expect: 7
5 ^ 3 // expect: 6
~5 // expect: -6
1 << 31 // expect: -2147483648
-16 >> 2 // expect: -4
-16 >>> 28 // expect: 15
2 ** 32 | 0 // expect: 0
1.9 | 0 // expect: 1
'x' in { x: 1 } // expect: true
1 in [5, 6] // expect: true
'length' in 'abc' // expect error: TypeError: Cannot use 'in' operator to search for 'length' in abc
[] instanceof Array // expect: true
[] instanceof Object // expect: true
({}) instanceof 5 // expect error: TypeError: Right-hand side of 'instanceof' is not an object
({}) instanceof {} // expect error: TypeError: Right-hand side of 'instanceof' is not callable
0 || 'fallback' // expect: fallback
1 && 'second' // expect: second
null ?? 'default' // expect: default
0 ?? 'default' // expect: 0
true ? 'yes' : 'no' // expect: yes
(1, 2, 3) // expect: 3
void 0 // expect: undefined
let i = 0; i++ + ++i // expect: 2
let text = 'a'; text += 'b'; text // expect: ab
let n = 5; n -= 2; n *= 3; n // expect: 9
let z = null; z ??= 'set'; z // expect: set
let y = 1; y ||= 2; y &&= 3; y // expect: 3
