// expect: valid
var a = 1, b, c = a + 2;
let d = [1, 2, 3], e;
const f = { g: 1 };
let { g, h: [i, , j = 4] = [], ...rest } = f;
const [k = 1, { l }, ...others] = [0, { l: 2 }, 3, 4];
var a = 5; // var may be redeclared
let \u0061bc = 1;
{
  let d = 'shadow';
  const f = d;
}
var let_ = 1, yield_ = 2;
