let configurationBuilder = function (config) {
    config.oauth = {
        clientId: config.clientId,
        tenant: config.settings.tenant
    };
    return config;
};
