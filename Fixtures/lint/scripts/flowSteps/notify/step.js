step.notifyUser = function (inputs) { return {}; };
