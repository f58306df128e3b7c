// mode: expressions
// Configuration expressions as real package descriptors write them (required, visibility,
// value, defaultValue, oauth2 options), evaluated with a configuration and platform values.
// config: ({ authenticationMethod: 'oAuth2', authType: '${AUTH_TYPE}', subdomain: 'acme', entity: 'contacts', readTimeout: '30000', clientId: 'client-1', redirectEnabled: 'enable', slashCommandsEnabled: true, nested: { manyNested: [{ zip: 1234 }] } })
// platform: contacthub dev http
config.authenticationMethod == 'oAuth2' // expect: true
config.authenticationMethod == 'serviceAccount' // expect: false
@config.entity // expect: contacts
@config.entity=='contacts' // expect: true
!@config.subdomain // expect: false
config.authType && (config.authType == 'oauth2' || utils.isPlaceholder(config.authType)) // expect: true
utils.isPlaceholder('${TEST_1}') // expect: true
utils.isPlaceHolder('${TEST}') // expect: true
utils.isPlaceholder('prefix ${TEST}') // expect: false
utils.isPlaceholder('${TEST-1}') // expect: false
utils.isPlaceholder('${}') // expect: false
utils.isPlaceholder(42) // expect: false
utils.getInteger(config.readTimeout) >= 0 // expect: true
utils.getInteger('-15') // expect: -15
utils.getInteger(' 15') // expect: NaN
utils.getInteger('1.5') // expect: NaN
utils.getInteger(7) // expect: 7
utils.getInteger(7.5) // expect: NaN
utils.getInteger(undefined) // expect: NaN
config.WEBHOOK_URL // expect: https://contacthub.slingrs.io/dev/services/http/http
@config.WEBHOOK_URL // expect: https://contacthub.slingrs.io/dev/services/http/http
config.WEBHOOK_SYNC_URL // expect: https://contacthub.slingrs.io/dev/services/http/sync/http
config.AUTH_CALLBACK_URL+'/authCallback' // expect: https://contacthub.slingrs.io/dev/packages/http/authCallback
config.SERVER_URL+'/'+config.ENV+'/services/'+config.SERVICE_NAME+'/sync/slashCommands/' // expect: https://contacthub.slingrs.io/dev/services/http/sync/slashCommands/
'https://'+config.subdomain+'.chargify.com' // expect: https://acme.chargify.com
'Prefix ['+(config.entity ? config.entity : 'No entity') +'] > ['+(config.entityField ? config.entityField : 'No field')+']' // expect: Prefix [contacts] > [No field]
config.redirectEnabled && config.redirectEnabled != 'disable' // expect: true
config.slashCommandsEnabled === true // expect: true
config.checkWebhooksSignature == true // expect: false
config.nested.manyNested[0].zip // expect: 1234
config.inputs.email // expect error: TypeError: Cannot read properties of undefined (reading 'email')
config.clientId.trim() // expect: client-1
['a', 'b'].includes(config.entity) // expect: false
routingNumber // expect error: ReferenceError: routingNumber is not defined
