// expect: valid
const identity = x => x;
const pair = (a, b) => [a, b];
const none = () => {};
const object = () => ({ value: 1 });
const withDefaults = (a = 1, { b, c } = {}, [d] = [], ...rest) => a + b + c + d + rest.length;
const nested = a => b => c => a + b + c;
const asyncArrow = async x => await x;
const asyncParens = async (x, y) => { await x; return y; };
const asyncNone = async () => 1;
const inTernary = flag ? x => 1 : y => 2;
const callback = list.map((item, index) => ({ item, index })).filter(entry => entry.index > 0);
const iife = (() => 42)();
const body = x => { return x; };
const comma = (a, b) => (a, b);
var async = 1;
async = async + 1;
var call = async(1, 2);
