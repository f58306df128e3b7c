// limits: steps=200000
// Catastrophic backtracking ends with the step budget error instead of hanging.
/^(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!') // expect error: RangeError: step budget of 200000 steps exceeded
'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'.replace(/(a|a)*b/g, 'x') // expect error: RangeError: step budget of 200000 steps exceeded
/^(a+)+$/.test('aaaa') // expect: true
