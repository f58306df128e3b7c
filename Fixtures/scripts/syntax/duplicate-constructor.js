// expect error: Duplicate constructor in the same class (4:2)
class A {
  constructor() {}
  constructor(x) {}
}
