exports.verifySignature = function (body, signature) {
    var secret = config.get('webhookSecret');
    return sys.utils.crypto.hmacSha256(body, secret) === signature;
};
