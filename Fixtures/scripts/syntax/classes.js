// expect: valid
class Animal {
  #name;
  static count = 0;
  legs = 4;
  'quoted' = 1;
  [computedKey] = 2;
  static #registry = new Map();
  constructor(name) {
    this.#name = name;
    Animal.count++;
  }
  get name() { return this.#name; }
  set name(value) { this.#name = value; }
  #secret() { return #name in this; }
  static create(name) { return new this(name); }
  static { Animal.#registry.set('default', new Animal('none')); }
  *[Symbol.iterator]() { yield this.#name; }
  async load() { return await this.#secret(); }
  static async *stream() {}
  get #hidden() { return 1; }
  set #hidden(v) {}
  'method with spaces'() {}
  42() {}
  static() {}
  get() {}
  set() {}
  async() {}
  constructor2() { return super.toString(); }
}
class Dog extends Animal {
  constructor(name) {
    super(name);
    this.sound = () => super.name;
  }
  speak() { return `${super.name} barks`; }
}
const Expression = class Named extends (condition ? A : B) {};
const Anonymous = class {};
class WithFields { a
  b = 1
  static c
  get
  d() {}
}
class Semicolons { ; m() {}; ; }
