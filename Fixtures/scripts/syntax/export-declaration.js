// expect error: Unexpected token 'export' (2:0)
export function f() {}
