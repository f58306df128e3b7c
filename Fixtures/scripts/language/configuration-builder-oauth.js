// mode: configurationBuilder
// A configuration builder shaped like the real OAuth packages.
// config: ({ clientId: 'my-client', clientSecret: 'my-secret', scope: ['read', 'write'] })
// platform: contacthub dev hubspot
// user: 5f1a2b3c4d5e6f7a8b9c0d1e
let configurationBuilder = function (config) {
    config.oauth = {
        id: sys.context.getCurrentUserRecord().id(),
        authUrl: 'https://app.hubspot.com/oauth/authorize',
        accessTokenUrl: 'https://api.hubapi.com/oauth/v1/token',
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        scope: config.scope.join(' '),
        state: 'fromUI',
        oauthCallback: config.AUTH_CALLBACK_URL + '/authCallback'
    };
    return config;
};
// expect result: {"clientId":"my-client","clientSecret":"my-secret","scope":["read","write"],"WEBHOOK_URL":"https://contacthub.slingrs.io/dev/services/hubspot/hubspot","WEBHOOK_SYNC_URL":"https://contacthub.slingrs.io/dev/services/hubspot/sync/hubspot","AUTH_CALLBACK_URL":"https://contacthub.slingrs.io/dev/packages/hubspot","SERVER_URL":"https://contacthub.slingrs.io","ENV":"dev","SERVICE_NAME":"hubspot","oauth":{"id":"5f1a2b3c4d5e6f7a8b9c0d1e","authUrl":"https://app.hubspot.com/oauth/authorize","accessTokenUrl":"https://api.hubapi.com/oauth/v1/token","clientId":"my-client","clientSecret":"my-secret","scope":"read write","state":"fromUI","oauthCallback":"https://contacthub.slingrs.io/dev/packages/hubspot/authCallback"}}
