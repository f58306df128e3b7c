let configurationBuilder = function (config) {
    config.oauth = {
        id: sys.context.getCurrentUserRecord().id(),
        authUrl: 'https://login.acme.example/oauth/authorize',
        accessTokenUrl: 'https://login.acme.example/oauth/token',
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        scope: 'contacts.read contacts.write',
        state: 'acmecrm',
        oauthCallback: config.AUTH_CALLBACK_URL + '/authCallback'
    };
    return config;
};
