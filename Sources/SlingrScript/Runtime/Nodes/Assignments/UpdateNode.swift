import SlingrDiagnostics

/// `++x`, `x--`, `o.p++`, ...
final class UpdateNode: ExpressionNode {
    let target: AssignmentTarget
    let delta: Double
    let isPrefix: Bool
    let isStrict: Bool

    init(target: AssignmentTarget, delta: Double, isPrefix: Bool, isStrict: Bool, range: SourceRange) {
        self.target = target
        self.delta = delta
        self.isPrefix = isPrefix
        self.isStrict = isStrict
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
                let bound = reference.resolvedForUpdate(scope)
                let old = try realm.toNumber(try bound.get(realm, scope))
                try bound.assign(.number(old + delta), realm, scope)
                return .number(isPrefix ? old + delta : old)
            case .named(let objectNode, let key):
                let base = try objectNode.evaluate(realm, scope)
                let old = try realm.toNumber(try realm.get(base, key))
                try realm.put(base, key, .number(old + delta), strict: isStrict)
                return .number(isPrefix ? old + delta : old)
            case .invalid(let node, let message):
                _ = try node.evaluate(realm, scope)
                throw realm.error(.referenceError, message)
            case .computed(let objectNode, let keyNode):
                let base = try objectNode.evaluate(realm, scope)
                let keyValue = try keyNode.evaluate(realm, scope)
                if base.isNullish {
                    throw realm.typeError("Cannot read properties of \(base.isUndefined ? "undefined" : "null")")
                }
                let key: Value = (keyValue.asObject == nil) ? keyValue : .string(try realm.toPropertyKey(keyValue))
                let old = try realm.toNumber(try realm.get(base, key: key))
                try realm.put(base, key: key, .number(old + delta), strict: isStrict)
                return .number(isPrefix ? old + delta : old)
            }
        } catch {
            throw realm.locate(error, range)
        }
    }
}
