// expect error: Yield expression cannot be a default value (2:20)
function* g(value = yield) {}
