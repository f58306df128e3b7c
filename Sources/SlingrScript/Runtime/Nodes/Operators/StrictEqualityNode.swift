import SlingrDiagnostics

/// `===` and `!==`.
final class StrictEqualityNode: ExpressionNode {
    let left: ExpressionNode
    let right: ExpressionNode
    let negated: Bool

    init(_ left: ExpressionNode, _ right: ExpressionNode, negated: Bool, range: SourceRange) {
        self.left = left
        self.right = right
        self.negated = negated
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        let r = try right.evaluate(realm, scope)
        return .bool(Value.strictEquals(l, r) != negated)
    }
}
