// expect error: Deleting local variable in strict mode (4:0)
'use strict';
var x;
delete x;
