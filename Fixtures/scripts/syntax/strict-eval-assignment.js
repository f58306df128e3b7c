// expect error: Unexpected eval or arguments in strict mode (3:0)
'use strict';
eval = function () {};
