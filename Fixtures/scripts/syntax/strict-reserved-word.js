// expect error: Unexpected strict mode reserved word (3:4)
'use strict';
var interface = 1;
