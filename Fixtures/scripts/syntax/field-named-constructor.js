// expect error: Classes can't have a field named 'constructor' (3:2)
class A {
  constructor = 1;
}
