import SlingrDiagnostics

/// `left + right`.
final class AddNode: ExpressionNode {
    let left: ExpressionNode
    let right: ExpressionNode

    init(_ left: ExpressionNode, _ right: ExpressionNode, range: SourceRange) {
        self.left = left
        self.right = right
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        let r = try right.evaluate(realm, scope)
        if case .number(let a) = l, case .number(let b) = r { return .number(a + b) }
        do { return try realm.add(l, r) } catch { throw realm.locate(error, range) }
    }
}

/// `-`, `*`, `/`, `%`, `**` and the bitwise and shift operators.
final class ArithmeticNode: ExpressionNode {
    let op: ArithmeticOperator
    let left: ExpressionNode
    let right: ExpressionNode

    init(_ op: ArithmeticOperator, _ left: ExpressionNode, _ right: ExpressionNode, range: SourceRange) {
        self.op = op
        self.left = left
        self.right = right
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        let r = try right.evaluate(realm, scope)
        do { return try realm.arithmetic(op, l, r) } catch { throw realm.locate(error, range) }
    }
}

/// `===` and `!==`.
final class StrictEqualityNode: ExpressionNode {
    let left: ExpressionNode
    let right: ExpressionNode
    let negated: Bool

    init(_ left: ExpressionNode, _ right: ExpressionNode, negated: Bool, range: SourceRange) {
        self.left = left
        self.right = right
        self.negated = negated
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        let r = try right.evaluate(realm, scope)
        return .bool(Value.strictEquals(l, r) != negated)
    }
}

/// `==` and `!=`.
final class LooseEqualityNode: ExpressionNode {
    let left: ExpressionNode
    let right: ExpressionNode
    let negated: Bool

    init(_ left: ExpressionNode, _ right: ExpressionNode, negated: Bool, range: SourceRange) {
        self.left = left
        self.right = right
        self.negated = negated
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        let r = try right.evaluate(realm, scope)
        if case .string(let a) = l, case .string(let b) = r { return .bool((a == b) != negated) }
        do { return .bool(try realm.looseEquals(l, r) != negated) } catch { throw realm.locate(error, range) }
    }
}

/// `<`, `>`, `<=`, `>=`.
final class RelationalNode: ExpressionNode {
    enum Operator { case less, greater, lessOrEqual, greaterOrEqual }

    let op: Operator
    let left: ExpressionNode
    let right: ExpressionNode

    init(_ op: Operator, _ left: ExpressionNode, _ right: ExpressionNode, range: SourceRange) {
        self.op = op
        self.left = left
        self.right = right
        super.init(range: range)
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

/// `key in object`.
final class InNode: ExpressionNode {
    let left: ExpressionNode
    let right: ExpressionNode

    init(_ left: ExpressionNode, _ right: ExpressionNode, range: SourceRange) {
        self.left = left
        self.right = right
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        let r = try right.evaluate(realm, scope)
        do { return .bool(try realm.hasProperty(l, in: r)) } catch { throw realm.locate(error, range) }
    }
}

/// `value instanceof Constructor`.
final class InstanceofNode: ExpressionNode {
    let left: ExpressionNode
    let right: ExpressionNode

    init(_ left: ExpressionNode, _ right: ExpressionNode, range: SourceRange) {
        self.left = left
        self.right = right
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let l = try left.evaluate(realm, scope)
        let r = try right.evaluate(realm, scope)
        do { return .bool(try realm.instanceOf(l, r)) } catch { throw realm.locate(error, range) }
    }
}

/// `&&`, `||`, `??`.
final class LogicalNode: ExpressionNode {
    let op: LogicalOperator
    let left: ExpressionNode
    let right: ExpressionNode

    init(_ op: LogicalOperator, _ left: ExpressionNode, _ right: ExpressionNode, range: SourceRange) {
        self.op = op
        self.left = left
        self.right = right
        super.init(range: range)
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

/// `test ? consequent : alternate`.
final class ConditionalNode: ExpressionNode {
    let test: ExpressionNode
    let consequent: ExpressionNode
    let alternate: ExpressionNode

    init(_ test: ExpressionNode, _ consequent: ExpressionNode, _ alternate: ExpressionNode, range: SourceRange) {
        self.test = test
        self.consequent = consequent
        self.alternate = alternate
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        try test.evaluate(realm, scope).isTruthy ? consequent.evaluate(realm, scope) : alternate.evaluate(realm, scope)
    }
}

/// `a, b, c`.
final class SequenceNode: ExpressionNode {
    let expressions: [ExpressionNode]

    init(_ expressions: [ExpressionNode], range: SourceRange) {
        self.expressions = expressions
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        var result = Value.undefined
        for expression in expressions { result = try expression.evaluate(realm, scope) }
        return result
    }
}

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

/// `typeof x`; an undeclared global gives "undefined" instead of a ReferenceError.
final class TypeofNode: ExpressionNode {
    let argument: ExpressionNode
    let reference: VariableReference?

    init(_ argument: ExpressionNode, reference: VariableReference?, range: SourceRange) {
        self.argument = argument
        self.reference = reference
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let value: Value
        if let reference {
            do {
                guard let found = try reference.getIfDeclared(realm, scope) else { return .string(Names.undefined) }
                value = found
            } catch {
                throw realm.locate(error, range)
            }
        } else {
            value = try argument.evaluate(realm, scope)
        }
        return .string(TypeofNode.names[value.typeName] ?? JSString(value.typeName))
    }

    private static let names: [String: JSString] = Dictionary(
        uniqueKeysWithValues: ["undefined", "object", "boolean", "number", "string", "function"].map { ($0, JSString($0)) })
}
