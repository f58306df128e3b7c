import SlingrDiagnostics

/// `test ? consequent : alternate`.
final class ConditionalNode: ExpressionNode {
    let test: ExpressionNode
    let consequent: ExpressionNode
    let alternate: ExpressionNode

    init(_ test: ExpressionNode, _ consequent: ExpressionNode, _ alternate: ExpressionNode, range: SourceRange) {
        self.test = test
        self.consequent = consequent
        self.alternate = alternate
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        try test.evaluate(realm, scope).isTruthy ? consequent.evaluate(realm, scope) : alternate.evaluate(realm, scope)
    }
}
