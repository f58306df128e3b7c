import SlingrDiagnostics

/// `==` and `!=`.
final class LooseEqualityNode: BinaryNode {
    let negated: Bool
    private let literal: ComparedLiteral

    init(_ left: ExpressionNode, _ right: ExpressionNode, negated: Bool, range: SourceRange) {
        self.negated = negated
        self.literal = ComparedLiteral(left: left, right: right)
        super.init(left, right, range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        if literal.peeksLeft, let equal = left.peekEquals(literal.value, strict: false, realm, scope) { return .bool(equal != negated) }
        let l = try left.evaluate(realm, scope)
        let r = literal.isPresent ? literal.value : try right.evaluate(realm, scope)
        if case .string(let a) = l, case .string(let b) = r {
            let equal = a == b
            if a.count >= 64, a.count == b.count { try realm.charge(a.count) }
            return .bool(equal != negated)
        }
        do { return .bool(try realm.looseEquals(l, r) != negated) } catch { throw realm.locate(error, range) }
    }
}
