// expect: valid
var café = 'coffee';
var ñandú = 1, 变量 = 2, ಠ_ಠ = 3;
var \u0063afé2 = café;
var $ = 1, _ = 2, $_$ = 3;
var text = 'naïve ✓ 😀';
// comment with emoji 😀 and accents é
var emoji = '😀'.length;
