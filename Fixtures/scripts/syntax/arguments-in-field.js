// expect error: 'arguments' is not allowed in class field initializer or static initialization block (3:10)
class A {
  field = arguments;
}
