import SlingrDiagnostics

/// `===` and `!==`.
final class StrictEqualityNode: BinaryNode {
    let negated: Bool

    init(_ left: ExpressionNode, _ right: ExpressionNode, negated: Bool, range: SourceRange) {
        self.negated = negated
        super.init(left, right, range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        let r = try right.evaluate(realm, scope)
        try realm.chargeEquality(l, r)
        return .bool(Value.strictEquals(l, r) != negated)
    }
}
