/****************************************************
 Configuration builder
 ****************************************************/

let configurationBuilder = function (config) {
    config.oauth = {
        id: 'installationInfo-billing-User-' + sys.context.getCurrentUserRecord().id(),
        authUrl: 'https://billing.example.com/oauth/authorize',
        accessTokenUrl: 'https://billing.example.com/oauth/token',
        clientId: config.clientID,
        clientSecret: config.clientSecret,
        scope: scopes.join(' '),
        oauthCallback: config.AUTH_CALLBACK_URL + '/authCallback'
    };
    return config;
};
