// Regular expressions run by the interpreter's backtracking matcher.
/ab+c/.test('xabbbc') // expect: true
/^\d{3}-\d{4}$/.test('555-1234') // expect: true
/^[\w.+-]+@[\w-]+\.[\w.]+$/.test('user.name+tag@example.co.uk') // expect: true
/colou?r/i.test('COLOR') // expect: true
/(\d+)-(\d+)/.exec('tel 12-345').slice(0, 3) // expect: ["12-345","12","345"]
/(\d+)-(\d+)/.exec('tel 12-345').index // expect: 4
/x/.exec('abc') // expect: null
'2021-03-04'.match(/(?<year>\d{4})-(?<month>\d\d)/).groups.month // expect: 03
'a1b22c333'.match(/\d+/g) // expect: ["1","22","333"]
'abc'.match(/z/g) // expect: null
'John Smith'.replace(/(\w+)\s(\w+)/, '$2, $1') // expect: Smith, John
'aaa'.replace(/a/g, '[$&]') // expect: [a][a][a]
'abc'.replace(/b/, "$`|$'") // expect: aa|cc
'x-y'.replace(/(?<first>\w)-(?<second>\w)/, '$<second>-$<first>') // expect: y-x
'a1b2'.replace(/\d/g, d => d * 2) // expect: a2b4
'a1b2'.replace(/(\w)(\d)/g, (m, letter, digit, offset) => letter.toUpperCase() + offset) // expect: A0B2
'aaa'.replaceAll(/a/g, 'b') // expect: bbb
'a, b ,c'.split(/\s*,\s*/) // expect: ["a","b","c"]
'a1b2c'.split(/(\d)/) // expect: ["a","1","b","2","c"]
'abc'.split(/(?:)/) // expect: ["a","b","c"]
'test'.search(/s/) // expect: 2
let g = /o/g; [g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex] // expect: [true,2,true,3,false,0]
let y = /a/y; [y.test('ba'), y.lastIndex] // expect: [false,0]
let y2 = /a/y; y2.lastIndex = 1; [y2.test('ba'), y2.lastIndex] // expect: [true,2]
/^abc$/m.test('x\nabc\ny') // expect: true
/a.c/.test('a\nc') // expect: false
/a.c/s.test('a\nc') // expect: true
/(a)|(b)/.exec('b') // expect: ["b",null,"b"]
/(a*)*b/.test('aaab') // expect: true
/(?=.*\d)(?=.*[a-z]).{8,}/.test('password1') // expect: true
/(?!foo)\w+/.exec('foobar')[0] // expect: oobar
/(?<=\$)\d+/.exec('cost: $42')[0] // expect: 42
/(?<!\$)\b\d+/.exec('$5 or 7')[0] // expect: 7
/(\w)\1/.exec('abccd')[0] // expect: cc
/[^a-c]+/.exec('abcdef')[0] // expect: def
/\bis\b/.test('this is it') // expect: true
/[é]/i.test('É') // expect: true
/\u{1F600}/u.test('😀') // expect: true
/^.$/.test('😀') // expect: false
/^.$/u.test('😀') // expect: true
/a{2,3}/.exec('aaaa')[0] // expect: aaa
/a{2,3}?/.exec('aaaa')[0] // expect: aa
/<.+?>/.exec('<a><b>')[0] // expect: <a>
new RegExp('h(.)llo', 'g').exec('hello')[1] // expect: e
new RegExp('a+').source // expect: a+
/x/gi.flags // expect: gi
String(/a\/b/g) // expect: /a\/b/g
new RegExp('(') // expect error: SyntaxError: Invalid regular expression: /(/: Unterminated group
'aaaaaaaaaa!'.match(/^(a|a)*$/) // expect: null
