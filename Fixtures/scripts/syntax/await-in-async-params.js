// expect error: Await expression cannot be a default value (2:25)
async function f(value = await load()) {}
