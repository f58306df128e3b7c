// expect error: Cannot use 'arguments' in class field initializer (3:10)
class A {
  field = arguments;
}
