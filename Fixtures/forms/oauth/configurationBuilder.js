let configurationBuilder = function (config) {
    sys.logs.debug('building the oauth configuration for ' + sys.app.getUrl());
    config.oauth = {
        id: sys.context.getCurrentUserRecord().id(),
        authUrl: 'https://accounts.calendar.example/o/oauth2/auth',
        accessTokenUrl: 'https://accounts.calendar.example/o/oauth2/token',
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        scope: config.scopes.map(function (scope) { return 'https://calendar.example/auth/' + scope; }).join(' '),
        state: 'calendarsync',
        oauthCallback: config.AUTH_CALLBACK_URL + '/authCallback'
    };
    return config;
};
