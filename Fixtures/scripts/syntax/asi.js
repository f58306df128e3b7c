// expect: valid
var a = 1
var b = 2
a
++b
function f() {
  return
  a + b
}
function g() {
  return a
    + b
}
var c = a
(b)
var d = function () {}
var e = [1, 2]
[0]
x = y
/re/g.exec(z)
let
  letName = 1
do a++; while (a < 10) b++
var t = `x`
`y`
for (;;) { break
}
label: while (true) { continue label
}
throw1: {
  break throw1
}
i
++
j
const h = () => 1
const k = 2
