exports.first = function () {
    return 'unterminated;
};

exports.second = function () {
    var x = 1 +;
    return x;
};
