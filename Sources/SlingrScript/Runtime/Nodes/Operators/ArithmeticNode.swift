import SlingrDiagnostics

/// `-`, `*`, `/`, `%`, `**` and the bitwise and shift operators.
final class ArithmeticNode: BinaryNode {
    let op: ArithmeticOperator

    init(_ op: ArithmeticOperator, _ left: ExpressionNode, _ right: ExpressionNode, range: SourceRange) {
        self.op = op
        super.init(left, right, range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        let r = try right.evaluate(realm, scope)
        do { return try realm.arithmetic(op, l, r) } catch { throw realm.locate(error, range) }
    }
}
