import SlingrDiagnostics

/// `===` and `!==`.
final class StrictEqualityNode: BinaryNode {
    let negated: Bool
    /// The right operand when it is a literal, compared in place (see `LooseEqualityNode`).
    private let constant: Value
    private let hasConstant: Bool
    /// A literal compared with something `peekEquals` can read in place (`config.type == 'a'`).
    private let peeksLeft: Bool

    init(_ left: ExpressionNode, _ right: ExpressionNode, negated: Bool, range: SourceRange) {
        self.negated = negated
        let literal = (right as? ConstantNode)?.value
        self.constant = literal ?? .undefined
        self.hasConstant = literal != nil
        self.peeksLeft = literal != nil && left.canPeekValue
        super.init(left, right, range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        if peeksLeft, let equal = left.peekEquals(constant, strict: true, realm, scope) { return .bool(equal != negated) }
        let l = try left.evaluate(realm, scope)
        if hasConstant {
            try realm.chargeEquality(l, constant)
            return .bool(Value.strictEquals(l, constant) != negated)
        }
        let r = try right.evaluate(realm, scope)
        try realm.chargeEquality(l, r)
        return .bool(Value.strictEquals(l, r) != negated)
    }
}
