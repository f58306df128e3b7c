/**
 * A stand-in for the oauth package: "connects" the current user and keeps the token in the
 * app storage, as the real package does after the provider's sign-in page.
 */
exports.connectUser = function (event) {
    var user = sys.context.getCurrentUserRecord().id();
    sys.logs.info('[oauth] connecting user ' + user + ' with client ' + config.get('clientId'));
    sys.storage.put('oauth-token-' + user, { token: 'token-for-' + user, scope: config.get('scope') });
    sys.events.triggerEvent(event, { user: user });
    return sys.storage.get('oauth-token-' + user);
};
