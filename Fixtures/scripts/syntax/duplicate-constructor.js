// expect error: A class may only have one constructor (4:2)
class A {
  constructor() {}
  constructor(x) {}
}
