// expect: valid
async function main(items) {
  for await (const item of items) {
    await process(item);
  }
  const results = await Promise.all(items.map(async item => await item));
  try {
    await risky();
  } catch (error) {
    await log(error);
  } finally {
    await cleanup();
  }
  const value = await (async () => 1)();
  return -await value + (await value) ** 2;
}
const handler = async function ({ data }) { return await data; };
const object = { async method() { await this.other(); } };
class Service { async run() { return await this.step(); } static async create() {} }
var await = 1;
function notAsync() { var await = 2; return await; }
