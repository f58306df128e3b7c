exports.extra = 1;
