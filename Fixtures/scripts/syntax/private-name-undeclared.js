// expect error: Private field '#count' must be declared in an enclosing class (3:21)
class Counter {
  increment() { this.#count++; }
}
