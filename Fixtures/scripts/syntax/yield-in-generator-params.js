// expect error: Yield expression not allowed in formal parameter (2:20)
function* g(value = yield) {}
