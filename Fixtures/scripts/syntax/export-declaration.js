// expect error: 'import' and 'export' may appear only with 'sourceType: module' (2:0)
export function f() {}
