// expect error: Illegal 'use strict' directive in function with non-simple parameter list (2:0)
function f(a = 1) {
  'use strict';
}
