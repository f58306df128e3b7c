import SlingrDiagnostics

/// What an assignment, update or `delete` acts on.
enum AssignmentTarget {
    case variable(VariableReference)
    case named(ExpressionNode, JSString)
    case computed(ExpressionNode, ExpressionNode)
}

/// The operation of an assignment expression.
enum AssignmentOperation {
    case assign
    case add
    case arithmetic(ArithmeticOperator)
    case logical(LogicalOperator)
}

/// `target = value`, `target op= value`, `target &&= value`.
final class AssignmentNode: ExpressionNode {
    let target: AssignmentTarget
    let operation: AssignmentOperation
    let value: ExpressionNode
    @exclusivity(unchecked) private var hint = 0

    init(target: AssignmentTarget, operation: AssignmentOperation, value: ExpressionNode, range: SourceRange) {
        self.target = target
        self.operation = operation
        self.value = value
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        do {
            switch target {
            case .variable(let reference):
                if case .assign = operation {
                    let result = try value.evaluate(realm, scope)
                    try reference.assign(result, realm, scope)
                    return result
                }
                let old = try reference.get(realm, scope)
                guard let result = try combine(old, realm, scope) else { return old }
                try reference.assign(result, realm, scope)
                return result
            case .named(let objectNode, let key):
                let base = try objectNode.evaluate(realm, scope)
                if case .assign = operation {
                    let result = try value.evaluate(realm, scope)
                    try realm.setNamed(base, key, result, hint: &hint)
                    return result
                }
                let old = try realm.getNamed(base, key, hint: &hint)
                guard let result = try combine(old, realm, scope) else { return old }
                try realm.set(base, key, result)
                return result
            case .computed(let objectNode, let keyNode):
                let base = try objectNode.evaluate(realm, scope)
                let keyValue = try keyNode.evaluate(realm, scope)
                if case .assign = operation {
                    let result = try value.evaluate(realm, scope)
                    try realm.set(base, key: keyValue, result)
                    return result
                }
                let key: Value = (keyValue.asObject == nil) ? keyValue : .string(try realm.toPropertyKey(keyValue))
                let old = try realm.get(base, key: key)
                guard let result = try combine(old, realm, scope) else { return old }
                try realm.set(base, key: key, result)
                return result
            }
        } catch {
            throw realm.locate(error, range)
        }
    }

    /// The new value from the old one; nil when a logical assignment short-circuits.
    @inline(__always)
    private func combine(_ old: Value, _ realm: Realm, _ scope: RuntimeScope) throws -> Value? {
        switch operation {
        case .assign:
            return try value.evaluate(realm, scope)
        case .add:
            return try realm.add(old, try value.evaluate(realm, scope))
        case .arithmetic(let op):
            return try realm.arithmetic(op, old, try value.evaluate(realm, scope))
        case .logical(let op):
            switch op {
            case .and: if !old.isTruthy { return nil }
            case .or: if old.isTruthy { return nil }
            case .nullishCoalescing: if !old.isNullish { return nil }
            }
            return try value.evaluate(realm, scope)
        }
    }
}

/// `[a, b] = value`, `({a} = value)`.
final class PatternAssignmentNode: ExpressionNode {
    let binding: PatternBinding
    let value: ExpressionNode

    init(binding: PatternBinding, value: ExpressionNode, range: SourceRange) {
        self.binding = binding
        self.value = value
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let result = try value.evaluate(realm, scope)
        do { try binding.bind(result, realm, scope) } catch { throw realm.locate(error, range) }
        return result
    }
}

/// `++x`, `x--`, `o.p++`, ...
final class UpdateNode: ExpressionNode {
    let target: AssignmentTarget
    let delta: Double
    let isPrefix: Bool

    init(target: AssignmentTarget, delta: Double, isPrefix: Bool, range: SourceRange) {
        self.target = target
        self.delta = delta
        self.isPrefix = isPrefix
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        do {
            switch target {
            case .variable(let reference):
                if case .local(0, let slot) = reference.location, !reference.needsDeadZoneCheck, !reference.isConstant,
                   case .number(let old) = scope.slots[slot]
                {
                    scope.slots[slot] = .number(old + delta)
                    return .number(isPrefix ? old + delta : old)
                }
                let old = try realm.toNumber(try reference.get(realm, scope))
                try reference.assign(.number(old + delta), realm, scope)
                return .number(isPrefix ? old + delta : old)
            case .named(let objectNode, let key):
                let base = try objectNode.evaluate(realm, scope)
                let old = try realm.toNumber(try realm.get(base, key))
                try realm.set(base, key, .number(old + delta))
                return .number(isPrefix ? old + delta : old)
            case .computed(let objectNode, let keyNode):
                let base = try objectNode.evaluate(realm, scope)
                let keyValue = try keyNode.evaluate(realm, scope)
                let key: Value = (keyValue.asObject == nil) ? keyValue : .string(try realm.toPropertyKey(keyValue))
                let old = try realm.toNumber(try realm.get(base, key: key))
                try realm.set(base, key: key, .number(old + delta))
                return .number(isPrefix ? old + delta : old)
            }
        } catch {
            throw realm.locate(error, range)
        }
    }
}

/// `delete o.p`, `delete o[k]`, `delete x`.
final class DeleteNode: ExpressionNode {
    let target: AssignmentTarget?
    let argument: ExpressionNode

    init(target: AssignmentTarget?, argument: ExpressionNode, range: SourceRange) {
        self.target = target
        self.argument = argument
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        do {
            switch target {
            case .named(let objectNode, let key):
                return .bool(try realm.delete(try objectNode.evaluate(realm, scope), key: .string(key)))
            case .computed(let objectNode, let keyNode):
                let base = try objectNode.evaluate(realm, scope)
                return .bool(try realm.delete(base, key: try keyNode.evaluate(realm, scope)))
            case .variable(let reference):
                guard case .global = reference.location, realm.globalLexicals[reference.name] == nil else { return .false }
                return .bool(try realm.delete(.object(realm.globalObject), key: .string(reference.name)))
            case nil:
                _ = try argument.evaluate(realm, scope)
                return .true
            }
        } catch {
            throw realm.locate(error, range)
        }
    }
}
