// Optional chaining and nullish coalescing.
const config = { auth: { type: 'oauth2' }, list: [1] };
config?.auth?.type // expect: oauth2
config.missing?.type // expect: undefined
config.missing?.type.deeper.still // expect: undefined
config.list?.[0] // expect: 1
config.nothing?.[0] // expect: undefined
config.auth.method?.() // expect: undefined
config.missing ?? 'fallback' // expect: fallback
(config.missing?.a).b // expect error: TypeError: Cannot read properties of undefined (reading 'b')
config.auth.type.toUpperCase?.() // expect: OAUTH2
