// Dates computed from explicit times, as JavaScript does (UTC); the clock itself is in
// sandbox-clock.js.
new Date(1700000000000).toISOString() // expect: 2023-11-14T22:13:20.000Z
new Date('2024-02-29T12:30:00Z').getTime() // expect: 1709209800000
new Date('2024-02-29').getUTCDay() // expect: 4
new Date(2020, 0, 31).toISOString() // expect: 2020-01-31T00:00:00.000Z
new Date('not a date').getTime() // expect: NaN
JSON.stringify({ at: new Date(0) }) // expect: {"at":"1970-01-01T00:00:00.000Z"}
