// Getters, setters and property descriptors.
const temp = { c: 0, get f() { return this.c * 9 / 5 + 32; }, set f(v) { this.c = (v - 32) * 5 / 9; } };
temp.f = 212; temp.c // expect: 100
temp.f // expect: 212
Object.keys(temp) // expect: ["c","f"]
const hidden = {}; Object.defineProperty(hidden, 'secret', { value: 42 }); [hidden.secret, Object.keys(hidden)] // expect: [42,[]]
hidden.secret = 1; hidden.secret // expect: 42
Object.getOwnPropertyDescriptor(hidden, 'secret') // expect: {"value":42,"writable":false,"enumerable":false,"configurable":false}
Object.defineProperty(hidden, 'computed', { get() { return 'got'; }, enumerable: true }); hidden.computed // expect: got
JSON.stringify(hidden) // expect: {"computed":"got"}
Object.getOwnPropertyNames(hidden) // expect: ["secret","computed"]
const proto = { greet() { return 'hi ' + this.name; } }; const obj = Object.create(proto, { name: { value: 'zed', enumerable: true } }); obj.greet() // expect: hi zed
Object.setPrototypeOf({}, null) !== null // expect: true
Object.keys(Object.create(null)) // expect: []
