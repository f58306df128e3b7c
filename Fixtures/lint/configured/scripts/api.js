exports.ping = function () { return "pong"; };
