import SlingrDiagnostics

/// `<`, `>`, `<=`, `>=`.
final class RelationalNode: BinaryNode {
    enum Operator { case less, greater, lessOrEqual, greaterOrEqual }

    let op: Operator

    init(_ op: Operator, _ left: ExpressionNode, _ right: ExpressionNode, range: SourceRange) {
        self.op = op
        super.init(left, right, range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        let r = try right.evaluate(realm, scope)
        if case .number(let a) = l, case .number(let b) = r {
            switch op {
            case .less: return .bool(a < b)
            case .greater: return .bool(a > b)
            case .lessOrEqual: return .bool(a <= b)
            case .greaterOrEqual: return .bool(a >= b)
            }
        }
        do {
            switch op {
            case .less: return .bool(try realm.lessThan(l, r) == true)
            case .greater: return .bool(try realm.lessThan(r, l, leftFirst: false) == true)
            case .lessOrEqual: return .bool(try realm.lessThan(r, l, leftFirst: false) == false)
            case .greaterOrEqual: return .bool(try realm.lessThan(l, r) == false)
            }
        } catch {
            throw realm.locate(error, range)
        }
    }
}
