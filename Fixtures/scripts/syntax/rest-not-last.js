// expect error: Comma is not permitted after the rest element (2:18)
function f(...rest, last) {}
