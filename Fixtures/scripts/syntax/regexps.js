// expect: valid
var r1 = /ab+c/gi;
var r2 = /[/\]]+/;
var r3 = /\/slash/m;
var ratio = a / b / c;
var mixed = a / 2 / /re/.exec(s).length;
if (/^\d+$/.test(input)) count++;
var afterParen = (a) / 2;
var afterBracket = list[0] / 2;
var afterIncrement = i++ / 2;
var afterKeyword = typeof /re/;
var inArray = [/a/, /b/g];
var inObject = { pattern: /c/y };
var afterReturn = function () { return /d/.source; };
var afterBlock = function () {};
/e/.test('e');
{}
/regex-after-block/g.lastIndex;
var named = /(?<year>\d{4})-(?<month>\d{2})/u;
var lookbehind = /(?<=\$)\d+(?!px)/;
var unicode = /\p{Letter}\u{1F600}/u;
var classes = /[\w-][^\s\d]\b\B./s;
var annexB = /]{}\1(a)\8[\c]/;
var flags = /x/dgimsuy;
x = y /z/ 2;
var flagOrder = /x/ymig;
