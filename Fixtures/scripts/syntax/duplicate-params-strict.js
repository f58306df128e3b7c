// expect error: Argument name clash (2:14)
function f(a, a) {
  'use strict';
}
