// expect error: Duplicate parameter name not allowed in this context (2:14)
function f(a, a) {
  'use strict';
}
