// expect error: Strict mode code may not include a with statement (3:0)
'use strict';
with (obj) {}
