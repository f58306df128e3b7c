// expect: valid
let configurationBuilder = function (config) {
    config.apiBaseUrl = config.environment === 'sandbox'
        ? 'https://sandbox.example.com/api/v2'
        : 'https://api.example.com/api/v2';
    config.webhookUrl = config.webhookUrl || (config.appUrl + '/services/http/' + config.serviceName);
    if (config.timeout) {
        config.timeout = parseInt(config.timeout, 10);
    }
    config.scopes = (config.scopes || '').split(',').map(scope => scope.trim()).filter(Boolean);
    return config;
};
