test('never registered', function () {});
undefinedHelper();
