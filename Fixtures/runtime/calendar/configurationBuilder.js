let configurationBuilder = function (config) {
    config.oauth = {
        clientId: config.clientId
    };
    return config;
};
