import SlingrDiagnostics

/// `&&`, `||`, `??`.
final class LogicalNode: BinaryNode {
    let op: LogicalOperator

    /// `&&`/`||` whose left operand can be tested in place (`config.enabled && ...`): its value
    /// is only produced when it is the result.
    private let peeksLeft: Bool

    init(_ op: LogicalOperator, _ left: ExpressionNode, _ right: ExpressionNode, range: SourceRange) {
        self.op = op
        self.peeksLeft = op != .nullishCoalescing && left.canPeekValue
        super.init(left, right, range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        if peeksLeft, let truthy = left.peekTruthiness(realm, scope) {
            // Reading the left operand again has no effect: it was found without running code.
            return try truthy == (op == .and) ? right.evaluate(realm, scope) : left.evaluate(realm, scope)
        }
        let l = try left.evaluate(realm, scope)
        let keepsLeft: Bool
        switch op {
        case .and: keepsLeft = !l.isTruthy
        case .or: keepsLeft = l.isTruthy
        case .nullishCoalescing: keepsLeft = !l.isNullish
        }
        if keepsLeft { return l }
        return try right.evaluate(realm, scope)
    }
}
