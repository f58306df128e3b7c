// mode: configurationBuilder
// A builder that fails reports a located TypeError.
let configurationBuilder = function (config) {
    return config.oauth.clientId;
};
// expect error: TypeError: Cannot read properties of undefined (reading 'clientId')
