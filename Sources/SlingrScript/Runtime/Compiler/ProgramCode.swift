import SlingrDiagnostics

/// A compiled script (program semantics).
struct ProgramCode {
    var varNames: [JSString] = []
    var lexicals: [(name: JSString, isConstant: Bool)] = []
    var functions: [(name: JSString, code: FunctionCode)] = []
    var statements: [StatementNode] = []
}
