// expect error: Classes may not have a static property named 'prototype' (3:9)
class A {
  static prototype() {}
}
