// expect error: super() call outside constructor of a subclass (3:13)
class A extends B {
  method() { super(); }
}
