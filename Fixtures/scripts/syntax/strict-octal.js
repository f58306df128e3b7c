// expect error: Invalid number (3:11)
'use strict';
var mode = 0755;
