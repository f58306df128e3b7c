// expect error: Octal literal in strict mode (4:10)
function f() {
  'use strict';
  return '\07';
}
