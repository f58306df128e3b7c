// mode: statements
// A button action that fills a default value, as in real package descriptors.
// config: ({ inputs: { email: '' }, nested: { manyNested: [{ zip: 1234 }] } })
if (!config.inputs.email) { config.inputs.email = 'test1@slingr.io'; }
if (!config.nested.manyNested[0].zip || config.nested.manyNested[0].zip == 1234) { config.nested.manyNested[0].zip = 3333; }
config.inputs.email
// expect: test1@slingr.io
// expect config: {"inputs":{"email":"test1@slingr.io"},"nested":{"manyNested":[{"zip":3333}]}}
