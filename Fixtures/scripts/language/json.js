// JSON.stringify with JavaScript's exact output, and JSON.parse.
JSON.stringify({ a: 1, b: [1, 2], c: 'x' }) // expect: {"a":1,"b":[1,2],"c":"x"}
JSON.stringify({ a: 1, b: [1, { c: null }], d: {} }, null, 2) === '{\n  "a": 1,\n  "b": [\n    1,\n    {\n      "c": null\n    }\n  ],\n  "d": {}\n}' // expect: true
JSON.stringify([], null, 2) // expect: []
JSON.stringify([1], null, '--') === '[\n--1\n]' // expect: true
JSON.stringify({ a: 1 }, null, 20) === JSON.stringify({ a: 1 }, null, 10) // expect: true
JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop').length // expect: 20
JSON.stringify({ u: undefined, f() {}, n: NaN, i: -Infinity, z: -0 }) // expect: {"n":null,"i":null,"z":0}
JSON.stringify([undefined, function () {}, NaN]) // expect: [null,null,null]
JSON.stringify(undefined) // expect: undefined
JSON.stringify('he said "hi"\n') // expect: "he said \"hi\"\n"
JSON.stringify('\u0007\u001f') // expect: "\u0007\u001f"
JSON.stringify('\ud800') // expect: "\ud800"
JSON.stringify('😀') // expect: "😀"
JSON.stringify({ 2: 'b', 1: 'a', x: 'c' }) // expect: {"1":"a","2":"b","x":"c"}
JSON.stringify({ d: new Date(0) }) // expect: {"d":"1970-01-01T00:00:00.000Z"}
JSON.stringify({ toJSON() { return 'custom'; } }) // expect: "custom"
JSON.stringify({ a: 1, b: 2, c: 3 }, ['a', 'c']) // expect: {"a":1,"c":3}
JSON.stringify({ a: 1, b: 'x' }, (k, v) => typeof v === 'number' ? v * 10 : v) // expect: {"a":10,"b":"x"}
JSON.stringify(new String('boxed')) // expect: "boxed"
JSON.stringify(1e21) // expect: 1e+21
let cyclic = { name: 'loop' }; cyclic.self = cyclic; try { JSON.stringify(cyclic) } catch (e) { e.message.split('\n') } // expect: ["Converting circular structure to JSON","    --> starting at object with constructor 'Object'","    --- property 'self' closes the circle"]
let ring = { list: [{}] }; ring.list[0].back = ring; try { JSON.stringify(ring) } catch (e) { e.message.split('\n') } // expect: ["Converting circular structure to JSON","    --> starting at object with constructor 'Object'","    |     property 'list' -> object with constructor 'Array'","    |     index 0 -> object with constructor 'Object'","    --- property 'back' closes the circle"]
JSON.parse('{"a":[1,2,{"b":true}],"c":null}').a[2].b // expect: true
JSON.parse(' [1, "two", 3.5e1] ') // expect: [1,"two",35]
JSON.parse('"\\u00e9\\n"') === 'é\n' // expect: true
JSON.parse('{"a":1,"a":2}').a // expect: 2
JSON.parse('{"b":1,"a":2}', (k, v) => typeof v === 'number' ? v + 1 : v) // expect: {"b":2,"a":3}
JSON.parse('') // expect error: SyntaxError: Unexpected end of JSON input
JSON.parse('[1,]') // expect error: SyntaxError: Unexpected token ']', "[1,]" is not valid JSON
JSON.parse('{"a":1}x') // expect error: SyntaxError: Unexpected non-whitespace character after JSON at position 7
JSON.parse("{'a':1}") // expect error: SyntaxError: Expected property name or '}' in JSON at position 1
JSON.parse('"abc') // expect error: SyntaxError: Unterminated string in JSON at position 4
