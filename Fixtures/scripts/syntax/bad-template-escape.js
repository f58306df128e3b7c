// expect error: Bad escape sequence in untagged template literal (2:9)
var s = `\unicode`;
