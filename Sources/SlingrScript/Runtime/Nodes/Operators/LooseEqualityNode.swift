import SlingrDiagnostics

/// `==` and `!=`.
final class LooseEqualityNode: BinaryNode {
    let negated: Bool
    /// The right operand when it is a literal (`config.type == 'oauth'`, the commonest shape):
    /// compared in place instead of evaluated and copied.
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
        if peeksLeft, let equal = left.peekEquals(constant, strict: false, realm, scope) { return .bool(equal != negated) }
        let l = try left.evaluate(realm, scope)
        if hasConstant {
            if case .string(let a) = l, case .string(let b) = constant {
                let equal = a == b
                if a.count >= 64, a.count == b.count { try realm.charge(a.count) }
                return .bool(equal != negated)
            }
            do { return .bool(try realm.looseEquals(l, constant) != negated) } catch { throw realm.locate(error, range) }
        }
        let r = try right.evaluate(realm, scope)
        if case .string(let a) = l, case .string(let b) = r {
            try realm.chargeEquality(l, r)
            return .bool((a == b) != negated)
        }
        do { return .bool(try realm.looseEquals(l, r) != negated) } catch { throw realm.locate(error, range) }
    }
}
