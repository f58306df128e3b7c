import SlingrDiagnostics

/// The outermost node of an optional chain: a short-circuit becomes `undefined`.
final class ChainNode: ExpressionNode {
    let expression: ExpressionNode

    init(_ expression: ExpressionNode, range: SourceRange) {
        self.expression = expression
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        try expression.evaluateChain(realm, scope) ?? .undefined
    }
}
