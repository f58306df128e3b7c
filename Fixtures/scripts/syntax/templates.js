// expect: valid
var name = 'world';
var simple = `hello`;
var empty = ``;
var greeting = `hello ${name}!`;
var multi = `line one
line two ${1 + 2} and ${`nested ${name} template`} end`;
var escapes = `tab\tnewline\n\u0041\x42\u{43} \` backtick \${not a substitution}`;
var dollars = `$ $$ {braces} $`;
var tagged = String.raw`C:\path\${name}`;
var tagWithInvalidEscape = tag`\unicode and \xZZ`;
var objectInside = `${{ a: 1 }.a}`;
var functionInside = `${(() => `inner ${name}`)()}`;
var chained = tag`a``b`;
var member = obj.tag`x${1}y`;
