step.orphan = function (inputs) { return {}; };
