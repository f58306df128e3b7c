// expect: valid
var key = 'k';
var object = {
  plain: 1,
  'quoted key': 2,
  42: 'number key',
  0x10: 'hex key',
  [key + 'computed']: 3,
  shorthand: key,
  key,
  method() { return this.plain; },
  *generator() { yield 1; },
  async asyncMethod() { await null; },
  async *asyncGenerator() {},
  get value() { return 1; },
  set value(v) {},
  get: 1,
  set: 2,
  async: 3,
  static: 4,
  if: 5,
  new: 6,
  ...other,
  __proto__: null,
  'trailing': true,
};
var array = [1, , 3, ...object.list, [nested], , ];
var holes = [, , ];
var empty = [];
var emptyObject = {};
var methodNamedGet = { get() {}, set() {}, async() {}, static() {} };
