// Template literals.
const name = 'slingr'; `hello ${name}!` // expect: hello slingr!
`sum: ${1 + 1}, list: ${[1, 2]}, obj: ${{}}` // expect: sum: 2, list: 1,2, obj: [object Object]
`multi
line`.split('\n').length // expect: 2
`escaped \${not} \u0041` // expect: escaped ${not} A
`${undefined}|${null}` // expect: undefined|null
`nested ${`inner ${name}`}` // expect: nested inner slingr
