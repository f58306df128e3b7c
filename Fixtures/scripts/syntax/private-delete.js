// expect error: Private fields can not be deleted (4:8)
class A {
  #x;
  m() { delete this.#x; }
}
