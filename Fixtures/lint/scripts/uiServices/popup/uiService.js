service.open = function (message) { service.callback(message, "opened", {}); };
