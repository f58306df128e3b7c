// expect error: The keyword 'interface' is reserved (3:4)
'use strict';
var interface = 1;
