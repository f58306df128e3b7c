// expect error: Identifier 'count' has already been declared (4:6)
let count = 0;
{
  var count = 1;
}
