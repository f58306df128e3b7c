// expect: valid
var octal = 017 + 08 + 09.5;
var octalEscape = '\07 \101 \8 \9';
<!-- HTML open comment is a line comment in scripts
var afterComment = 1;
--> HTML close comment at the start of a line
with (Math) { var root = sqrt(4); }
if (condition) function declaredInIf() {}
else function declaredInElse() {}
label: function labelled() {}
{ function f() {} function f() {} }
var let = 1, yield = 2, static = 3, implements = 4;
let = yield + static;
delete root;
eval = 1;
arguments = 2;
function dup(a, a) {}
var legacyRegex = /\1(a)]{/;
x = 1 /* multi
line */ --> also a comment after a multi-line comment
