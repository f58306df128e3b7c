// expect error: Rest element must be last element (2:15)
var [a, ...rest,] = list;
