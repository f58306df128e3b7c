// expect error: Unexpected strict mode reserved word (3:4)
'use strict';
var let = 1;
