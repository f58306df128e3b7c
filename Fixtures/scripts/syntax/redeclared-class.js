// expect error: Identifier 'Widget' has already been declared (3:9)
class Widget {}
function Widget() {}
