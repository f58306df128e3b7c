import SlingrDiagnostics

/// `target = value`, `target op= value`, `target &&= value`.
final class AssignmentNode: ExpressionNode {
    let target: AssignmentTarget
    let operation: AssignmentOperation
    let value: ExpressionNode
    /// Strict code throws when an assignment is refused (a read-only or missing setter).
    let isStrict: Bool
    @exclusivity(unchecked) private var site = PropertySite(.empty)

    init(target: AssignmentTarget, operation: AssignmentOperation, value: ExpressionNode, isStrict: Bool, range: SourceRange) {
        self.target = target
        self.operation = operation
        self.value = value
        self.isStrict = isStrict
        if case .named(_, let key) = target { site = PropertySite(key) }
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
                if case .add = operation { return try addAssign(reference, realm, scope) }
                let old = try reference.get(realm, scope)
                guard let result = try combine(old, realm, scope) else { return old }
                try reference.assign(result, realm, scope)
                return result
            case .named(let objectNode, let key):
                let base = try objectNode.evaluate(realm, scope)
                if case .assign = operation {
                    let result = try value.evaluate(realm, scope)
                    try realm.setNamed(base, result, &site, strict: isStrict)
                    return result
                }
                let old = try realm.getNamed(base, &site)
                guard let result = try combine(old, realm, scope) else { return old }
                try realm.put(base, key, result, strict: isStrict)
                return result
            case .invalid(let node, let message):
                _ = try node.evaluate(realm, scope)
                throw realm.error(.referenceError, message)
            case .computed(let objectNode, let keyNode):
                let base = try objectNode.evaluate(realm, scope)
                let keyValue = try keyNode.evaluate(realm, scope)
                if case .assign = operation {
                    let result = try value.evaluate(realm, scope)
                    try realm.put(base, key: keyValue, result, strict: isStrict)
                    return result
                }
                let key: Value = (keyValue.asObject == nil) ? keyValue : .string(try realm.toPropertyKey(keyValue))
                let old = try realm.get(base, key: key)
                guard let result = try combine(old, realm, scope) else { return old }
                try realm.put(base, key: key, result, strict: isStrict)
                return result
            }
        } catch {
            throw realm.locate(error, range)
        }
    }

    /// `x += v`: a string variable is appended to in place when it can be (see
    /// `VariableReference.appendInPlace`), otherwise the sum is assigned.
    private func addAssign(_ reference: VariableReference, _ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        var old = try reference.get(realm, scope)
        let right = try value.evaluate(realm, scope)
        if let suffix = Self.appendableSuffix(right), let identity = StringIdentity(of: old),
           reference.holdsString(identity, realm, scope)
        {
            // The variable still holds what was read: drop this reference so it is the only one.
            old = .undefined
            return try reference.appendInPlace(suffix, realm, scope)
        }
        let result = try realm.add(old, right)
        try reference.assign(result, realm, scope)
        return result
    }

    /// The text a right-hand side appends without running script code (strings and numbers).
    private static func appendableSuffix(_ value: Value) -> JSString? {
        switch value {
        case .string(let string): return string
        case .number(let number): return NumberFormatting.jsString(number)
        default: return nil
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
