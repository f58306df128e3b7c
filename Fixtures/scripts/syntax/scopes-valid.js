// expect: valid
var shadow = 1;
function outer(shadow) {
  var shadow = 2;
  { let shadow = 3; { const shadow = 4; } }
  function inner() { let shadow = 5; return shadow; }
  return inner;
}
try {} catch (error) { var error = 'Annex B allows this'; }
for (let index = 0; index < 1; index++) { let index = 'inner'; }
switch (shadow) { case 1: let inSwitch = 1; break; default: var alsoHoisted = 2; }
{ function twice() {} function twice() {} }
label: { inner: { break label; } }
outerLoop: for (;;) { innerLoop: for (;;) { continue outerLoop; } }
a: b: c: while (true) { continue a; }
class Scope { #secret = 1; static has(object) { return #secret in object; } read() { return (() => this.#secret)(); } }
