import SlingrDiagnostics

/// `!`, `-`, `+`, `~`, `void`.
final class UnaryNode: ExpressionNode {
    enum Operator { case not, negate, plus, bitwiseNot, void }

    let op: Operator
    let argument: ExpressionNode

    init(_ op: Operator, _ argument: ExpressionNode, range: SourceRange) {
        self.op = op
        self.argument = argument
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let value = try argument.evaluate(realm, scope)
        switch op {
        case .not: return .bool(!value.isTruthy)
        case .void: return .undefined
        case .negate:
            if case .number(let number) = value { return .number(-number) }
            do { return .number(-(try realm.toNumber(value))) } catch { throw realm.locate(error, range) }
        case .plus:
            do { return .number(try realm.toNumber(value)) } catch { throw realm.locate(error, range) }
        case .bitwiseNot:
            do { return .number(Double(~(try realm.toInt32(value)))) } catch { throw realm.locate(error, range) }
        }
    }
}
