import SlingrDiagnostics

/// `==` and `!=`.
final class LooseEqualityNode: BinaryNode {
    let negated: Bool

    init(_ left: ExpressionNode, _ right: ExpressionNode, negated: Bool, range: SourceRange) {
        self.negated = negated
        super.init(left, right, range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        let r = try right.evaluate(realm, scope)
        if case .string(let a) = l, case .string(let b) = r { return .bool((a == b) != negated) }
        do { return .bool(try realm.looseEquals(l, r) != negated) } catch { throw realm.locate(error, range) }
    }
}
