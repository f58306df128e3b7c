// expect error: 'super' keyword unexpected here (3:13)
class A extends B {
  method() { super(); }
}
