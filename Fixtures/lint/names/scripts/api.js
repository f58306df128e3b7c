/****************************************************
 Public API - Generic Functions
 ****************************************************/

exports.get = function (path, options) {
    var url = config.get('baseURL') + path;
    sys.logs.debug('[billing] GET from: ' + url);
    return dependencies.htpp.get(Object.assign({ url: url }, options));
};

exports.post = function (path, body) {
    var token = dependencies.oauth.functions.getAccessToken('installationInfo-billing-User-' + sys.context.getCurrentUserRecord().id());
    return dependencies.http.post({ url: config.get('baseUrl') + path, body: body, headers: { Authorization: 'Bearer ' + token } });
};
