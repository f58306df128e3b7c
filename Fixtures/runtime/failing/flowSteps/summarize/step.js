step.summarize = function (inputs) {
    var numbers = inputs.numbers || [];
    return {
        total: numbers.reduce(pkg.failing.math.add, 0),
        average: numbers.length ? pkg.failing.math.average(numbers) : null
    };
};
