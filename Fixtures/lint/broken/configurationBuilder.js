let configurationBuilder = function (config) { return config; };
