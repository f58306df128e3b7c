// expect error: Generators can only be declared at the top level or inside a block. (2:15)
if (x) function* g() {}
