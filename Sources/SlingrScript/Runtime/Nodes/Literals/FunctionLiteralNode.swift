import SlingrDiagnostics

/// A function or arrow expression: creates a closure over the current scope.
final class FunctionLiteralNode: ExpressionNode {
    let code: FunctionCode

    init(_ code: FunctionCode, range: SourceRange) {
        self.code = code
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        .object(realm.makeFunction(code, scope: scope))
    }
}
