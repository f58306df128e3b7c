// == versus === and JavaScript's coercion rules.
1 == '1' // expect: true
1 === '1' // expect: false
0 == '' // expect: true
0 == '0' // expect: true
'' == '0' // expect: false
null == undefined // expect: true
null === undefined // expect: false
null == 0 // expect: false
null >= 0 // expect: true
undefined == 0 // expect: false
NaN == NaN // expect: false
[1] == 1 // expect: true
[1, 2] == '1,2' // expect: true
({}) == '[object Object]' // expect: true
true == 1 // expect: true
true == '1' // expect: true
true == 'true' // expect: false
false == [] // expect: true
'abc' == new String('abc') // expect: true
'abc' === new String('abc') // expect: false
let o = {}; o == o // expect: true
({}) == ({}) // expect: false
-0 === 0 // expect: true
' \t\n 12 ' == 12 // expect: true
'0x10' == 16 // expect: true
'1e1' == 10 // expect: true
