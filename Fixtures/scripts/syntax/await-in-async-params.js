// expect error: Illegal await-expression in formal parameters of async function (2:25)
async function f(value = await load()) {}
