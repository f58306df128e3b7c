// expect error: 'with' in strict mode (3:0)
'use strict';
with (obj) {}
