import SlingrDiagnostics

/// `===` and `!==`.
final class StrictEqualityNode: BinaryNode {
    let negated: Bool
    private let literal: ComparedLiteral

    init(_ left: ExpressionNode, _ right: ExpressionNode, negated: Bool, range: SourceRange) {
        self.negated = negated
        self.literal = ComparedLiteral(left: left, right: right)
        super.init(left, right, range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        if literal.peeksLeft, let equal = left.peekEquals(literal.value, strict: true, realm, scope) { return .bool(equal != negated) }
        let l = try left.evaluate(realm, scope)
        let r = literal.isPresent ? literal.value : try right.evaluate(realm, scope)
        try realm.chargeEquality(l, r)
        return .bool(Value.strictEquals(l, r) != negated)
    }
}
