// expect error: The keyword 'let' is reserved (3:4)
'use strict';
var let = 1;
