// expect error: Illegal 'use strict' directive in function with non-simple parameter list (3:2)
function f(a = 1) {
  'use strict';
}
