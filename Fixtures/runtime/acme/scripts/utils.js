/**
 * Checks the signature Acme puts on webhooks: HMAC-SHA256 of the raw body in hexadecimal.
 */
exports.verifySignature = function (body, signature) {
    var secret = config.get('webhookSecret');
    if (!secret || !signature) return false;
    return sys.utils.crypto.verifySignatureWithHmac(body, signature, secret, 'HmacSHA256');
};

exports.basicAuth = function (user, password) {
    return 'Basic ' + sys.utils.base64.encode(user + ':' + password);
};
