// expect error: Rest parameter must be last formal parameter (2:18)
function f(...rest, last) {}
