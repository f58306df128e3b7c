// expect: valid
function* idGenerator() {
  let id = 0;
  while (true) {
    const reset = yield id++;
    if (reset) id = 0;
  }
}
function* delegating() {
  yield* idGenerator();
  yield;
  yield
  1;
  const x = yield yield 2;
  const y = [yield, yield 3];
  return { value: yield };
}
const generatorExpression = function* () { yield 1; };
const object = { *gen() { yield* [1, 2, 3]; } };
function* withArrow() { const f = () => yield; }
function notGenerator() { var yield = 1; return yield; }
