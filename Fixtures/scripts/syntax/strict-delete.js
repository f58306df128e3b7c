// expect error: Delete of an unqualified identifier in strict mode. (4:7)
'use strict';
var x;
delete x;
