// throw, try/catch/finally and the engine's own errors, with V8's wording.
try { throw new Error('boom'); } catch (e) { e.message } // expect: boom
try { null.x; } catch (e) { e instanceof TypeError } // expect: true
try { null.x; } catch (e) { e.name + ': ' + e.message } // expect: TypeError: Cannot read properties of null (reading 'x')
try { missing; } catch (e) { e instanceof ReferenceError } // expect: true
try { throw 'plain'; } catch (e) { typeof e } // expect: string
try { throw { code: 42 }; } catch ({ code }) { code } // expect: 42
let log = []; try { log.push('try'); } finally { log.push('finally'); } log // expect: ["try","finally"]
(function () { try { return 'try'; } finally { log.push('cleanup'); } })() // expect: try
(function () { try { throw new Error('x'); } catch (e) { return 'caught'; } finally { log.push('after'); } })() // expect: caught
(function () { try { return 'try'; } finally { return 'finally'; } })() // expect: finally
(function () { for (;;) { try { break; } finally { log.push('break'); } } return log.length; })() // expect: 5
try { try { throw new TypeError('inner'); } finally { log.push('inner-finally'); } } catch (e) { e.message } // expect: inner
new Error('m') instanceof Error // expect: true
new TypeError('t') instanceof Error // expect: true
new RangeError('r').name // expect: RangeError
new SyntaxError('s') instanceof SyntaxError // expect: true
String(new Error('text')) // expect: Error: text
String(new TypeError()) // expect: TypeError
Error('called') instanceof Error // expect: true
Object.keys(new Error('hidden')) // expect: []
JSON.stringify(new Error('x')) // expect: {}
new Error('with cause', { cause: 'why' }).cause // expect: why
let err = new Error('custom'); err.name = 'ValidationError'; String(err) // expect: ValidationError: custom
throw new Error('uncaught') // expect error: Error: uncaught
throw new TypeError('bad type') // expect error: TypeError: bad type
throw 'just a string' // expect error: Uncaught 'just a string'
throw 42 // expect error: Uncaught 42
null.property // expect error: TypeError: Cannot read properties of null (reading 'property')
undefined[0] // expect error: TypeError: Cannot read properties of undefined (reading '0')
(void 0).call() // expect error: TypeError: Cannot read properties of undefined (reading 'call')
Math.nope() // expect error: TypeError: Math.nope is not a function
JSON.parse('{bad') // expect error: SyntaxError: Expected property name or '}' in JSON at position 1
decodeURIComponent('%') // expect error: URIError: URI malformed
new Array(-1) // expect error: RangeError: Invalid array length
let calls = 0; function target() { calls++; return {}; } try { target() = 1; } catch (e) { [e.name, e.message, calls] } // expect: ["ReferenceError","Invalid left-hand side in assignment",1]
try { target()++; } catch (e) { e.message } // expect: Invalid left-hand side expression in postfix operation
