// node: skip (sandbox-specific)
// The sandbox has no clock: Date answers a fixed time (0 unless the host sets one), and
// Math.random is a seeded sequence, so evaluations are reproducible.
new Date().getTime() // expect: 0
Date.now() // expect: 0
let first = Math.random(); let second = Math.random(); first !== second && first >= 0 && second < 1 // expect: true
