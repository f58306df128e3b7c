// expect error: Octal literals are not allowed in strict mode. (3:11)
'use strict';
var mode = 0755;
