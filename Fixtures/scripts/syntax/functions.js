// expect: valid
function add(a, b = 2, ...rest) {
  return a + b + rest.length + arguments.length;
}
function noParams() {}
var square = function (x) { return x * x; };
var named = function factorial(n) { return n <= 1 ? 1 : n * factorial(n - 1); };
function defaults({ a = 1, b: { c } = {} } = {}, [d, e] = [1, 2]) {
  return a + c + d + e;
}
function* counter(limit) {
  for (let i = 0; i < limit; i++) yield i;
  yield* [1, 2];
  const received = yield;
  return received;
}
async function load(url) {
  const response = await fetch(url);
  return await response.json();
}
async function* stream() { yield await 1; }
function outer() {
  function inner() { return new.target; }
  return inner;
}
function sloppy(a, a) { return a; }
(function iife() {})();
(function () {}());
!function () {}();
