import SlingrDiagnostics

/// A function object's behaviour: compiled code plus the scope it closed over.
final class ScriptClosure {
    let code: FunctionCode
    let scope: RuntimeScope

    init(code: FunctionCode, scope: RuntimeScope) {
        self.code = code
        self.scope = scope
    }

    func invoke(_ realm: Realm, function: JSObject, this: Value, arguments: [Value], newTarget: JSObject?) throws -> Value {
        do {
            return try run(realm, function: function, this: this, arguments: arguments, newTarget: newTarget)
        } catch var exception as JSException {
            exception.frames.append(frame(at: exception.frameRange))
            exception.frameRange = nil
            throw exception
        } catch var limit as LimitExceeded {
            limit.frames.append(frame(at: limit.frameRange))
            limit.frameRange = nil
            throw limit
        }
    }

    /// This function as a stack frame, positioned where the error passed through it.
    private func frame(at range: SourceRange?) -> ScriptStackFrame {
        ScriptStackFrame(function: code.name.isEmpty ? code.traceName ?? "" : code.name.string, path: code.source?.path, range: range ?? code.range)
    }

    private func run(_ realm: Realm, function: JSObject, this: Value, arguments: [Value], newTarget: JSObject?) throws -> Value {
        let code = self.code
        let scope = RuntimeScope(parent: self.scope, slots: code.slotTemplate)
        let simple = min(arguments.count, code.simpleParameterCount)
        var index = 0
        while index < simple {
            scope.slots[index] = arguments[index]
            index += 1
        }
        if let slot = code.thisSlot {
            if code.isStrict {
                scope.slots[slot] = this
            } else {
                // Sloppy functions see the global object for null and undefined, and objects
                // for primitives.
                switch this {
                case .object: scope.slots[slot] = this
                case .undefined, .null: scope.slots[slot] = .object(realm.globalObject)
                default: scope.slots[slot] = .object(try realm.toObject(this))
                }
            }
        }
        if let slot = code.argumentsSlot {
            scope.slots[slot] = .object(realm.makeArguments(
                arguments, callee: function, mappedSlots: code.mappedArgumentSlots, scope: scope))
        }
        if let slot = code.selfSlot { scope.slots[slot] = .object(function) }
        if let slot = code.newTargetSlot { scope.slots[slot] = newTarget.map { .object($0) } ?? .undefined }
        if let binding = code.parameterBinding {
            try binding.bind(.object(realm.newArray(arguments)), realm, scope)
        }
        for (slot, inner) in code.hoistedFunctions {
            scope.slots[slot] = .object(realm.makeFunction(inner, scope: scope))
        }
        if let expression = code.expressionBody { return try expression.evaluate(realm, scope) }
        if code.yieldsCompletionValue {
            realm.completionValue = .undefined
            let completion = try executeStatements(code.body, realm, scope)
            if case .returnValue(let value) = completion { return value }
            return realm.completionValue
        }
        let savedCompletion = realm.completionValue
        defer { realm.completionValue = savedCompletion }
        let completion = try executeStatements(code.body, realm, scope)
        if case .returnValue(let value) = completion { return value }
        return .undefined
    }
}
