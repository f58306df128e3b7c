import SlingrDiagnostics

/// `a, b, c`.
final class SequenceNode: ExpressionNode {
    let expressions: [ExpressionNode]

    init(_ expressions: [ExpressionNode], range: SourceRange) {
        self.expressions = expressions
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        var result = Value.undefined
        for expression in expressions { result = try expression.evaluate(realm, scope) }
        return result
    }
}
