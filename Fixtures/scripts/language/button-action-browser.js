// mode: statements
// A real action opened a popup with window/screen: the sandbox reports the missing global.
var left = (screen.width / 2) - 300;
window.open('https://example.com', 'auth', 'left=' + left);
// expect error: ReferenceError: screen is not defined
