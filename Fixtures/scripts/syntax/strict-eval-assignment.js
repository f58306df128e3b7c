// expect error: Assigning to eval in strict mode (3:0)
'use strict';
eval = function () {};
