// expect error: Classes may not have a field named 'constructor' (3:2)
class A {
  constructor = 1;
}
