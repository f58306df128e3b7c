// expect error: Octal escape sequences are not allowed in strict mode. (4:11)
function f() {
  'use strict';
  return '\07';
}
