// Strings have UTF-16 semantics for length and indexing.
'héllo'.length // expect: 5
'😀'.length // expect: 2
'a😀b'.charCodeAt(1) // expect: 55357
'a😀b'[3] // expect: b
'abc'[1] // expect: b
'abc'[5] // expect: undefined
[...'a😀b'].length // expect: 3
'  padded\t'.trim() + '|' // expect: padded|
'Hello World'.toLowerCase() // expect: hello world
'straße'.toUpperCase() // expect: STRASSE
'abcabc'.indexOf('c') // expect: 2
'abcabc'.indexOf('c', 3) // expect: 5
'abcabc'.lastIndexOf('b') // expect: 4
'abc'.indexOf('') // expect: 0
'configuration'.includes('fig') // expect: true
'https://api.example.com'.startsWith('https://') // expect: true
'file.json'.endsWith('.json') // expect: true
'a,b,,c'.split(',') // expect: ["a","b","","c"]
'abc'.split('') // expect: ["a","b","c"]
'a,b,c'.split(',', 2) // expect: ["a","b"]
'abc'.split() // expect: ["abc"]
'aaa'.replace('a', 'b') // expect: baa
'aaa'.replaceAll('a', 'b') // expect: bbb
'a-b'.replace('-', '$&$&') // expect: a--b
'hello'.substring(1, 3) // expect: el
'hello'.substring(3, 1) // expect: el
'hello'.substr(-3, 2) // expect: ll
'hello'.slice(-3) // expect: llo
'hello'.slice(1, -1) // expect: ell
'hello'.charAt(1) // expect: e
'hello'.charAt(10) + '|' // expect: |
'hello'.charCodeAt(0) // expect: 104
'5'.padStart(3, '0') // expect: 005
'abc'.padStart(6, '12') // expect: 121abc
'abc'.padEnd(5, '.') // expect: abc..
'ab'.repeat(3) // expect: ababab
'x'.repeat(0) + '|' // expect: |
'x'.repeat(-1) // expect error: RangeError: Invalid count value: -1
'abc'.concat(1, 2) // expect: abc12
'abc'.at(-1) // expect: c
'b' > 'a' // expect: true
'B' < 'a' // expect: true
'10' < '9' // expect: true
'abc'.localeCompare('abd') // expect: -1
String.fromCharCode(72, 105) // expect: Hi
'\u00e9' === 'é' // expect: true
`sum: ${1 + 2}` // expect: sum: 3
'x'.toString().length // expect: 1
