// expect error: In strict mode code, functions can only be declared at top level or inside a block. (3:7)
'use strict';
label: function f() {}
