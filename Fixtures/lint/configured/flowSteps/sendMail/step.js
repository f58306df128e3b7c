step.sendMail = function (inputs) { return {}; };
