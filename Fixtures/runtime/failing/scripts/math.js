exports.add = function (a, b) {
    return a + b;
};

exports.average = function (numbers) {
    return numbers.reduce(exports.add) / numbers.length;
};
