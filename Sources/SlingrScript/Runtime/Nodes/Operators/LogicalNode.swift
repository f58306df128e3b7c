import SlingrDiagnostics

/// `&&`, `||`, `??`.
final class LogicalNode: BinaryNode {
    let op: LogicalOperator

    init(_ op: LogicalOperator, _ left: ExpressionNode, _ right: ExpressionNode, range: SourceRange) {
        self.op = op
        super.init(left, right, range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        switch op {
        case .and: return l.isTruthy ? try right.evaluate(realm, scope) : l
        case .or: return l.isTruthy ? l : try right.evaluate(realm, scope)
        case .nullishCoalescing: return l.isNullish ? try right.evaluate(realm, scope) : l
        }
    }
}
