// limits: steps=50000
// Every limit ends evaluation with a located error that scripts cannot catch.
while (true) {} // expect error: RangeError: step budget of 50000 steps exceeded
for (;;) {} // expect error: RangeError: step budget of 50000 steps exceeded
try { while (true) {} } catch (e) { 'caught' } // expect error: RangeError: step budget of 50000 steps exceeded
let n = 0; do { n++ } while (n < 10); n // expect: 10
