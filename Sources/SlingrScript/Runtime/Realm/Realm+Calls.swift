/// Calling and constructing functions, with the step budget, the call-depth limit and the
/// native stack guard applied to every call (script functions and built-in callbacks alike).
extension Realm {
    func call(_ callee: Value, this: Value, arguments: [Value]) throws -> Value {
        guard case .object(let function) = callee, case .function(let kind) = function.kind else {
            throw typeError("\(try describeForError(callee)) is not a function")
        }
        return try call(function, kind, this: this, arguments: arguments)
    }

    @inline(__always)
    func call(_ function: JSObject, _ kind: FunctionKind, this: Value, arguments: [Value]) throws -> Value {
        try enterCall()
        defer { callDepth -= 1 }
        // Callees visit or copy their arguments (`Math.max(...list)`, `arguments`): charged.
        try charge(arguments.count)
        switch kind {
        case .native(let spec):
            return try spec.call(self, this, Arguments(arguments))
        case .script(let closure):
            return try closure.invoke(self, function: function, this: this, arguments: arguments, newTarget: nil)
        case .bound(let bound):
            try chargeNewValues(bound.boundArguments.count)
            return try call(.object(bound.target), this: bound.boundThis, arguments: bound.boundArguments + arguments)
        }
    }

    /// A call of a built-in already known to be `spec` (see `MethodCallNode`'s cache).
    @inline(__always)
    func callNative(_ spec: BuiltinSpec, this: Value, arguments: [Value]) throws -> Value {
        try enterCall()
        defer { callDepth -= 1 }
        try charge(arguments.count)
        return try spec.call(self, this, Arguments(arguments))
    }

    @inline(__always)
    private func enterCall() throws {
        stepsRemaining &-= 1
        if stepsRemaining < 0 { try checkpoint() }
        callDepth += 1
        if callDepth > limits.maxCallDepth {
            callDepth -= 1
            throw callDepthLimit()
        }
        if StackGuard.currentAddress() < stackLimit {
            callDepth -= 1
            throw callDepthLimit()
        }
    }

    func isConstructor(_ value: Value) -> Bool {
        guard case .object(let function) = value, case .function(let kind) = function.kind else { return false }
        switch kind {
        case .native(let spec): return spec.construct != nil
        case .script(let closure): return closure.code.isConstructor
        case .bound(let bound): return isConstructor(.object(bound.target))
        }
    }

    /// `new callee(...arguments)`; `newTarget` is the constructor `new` was applied to.
    func construct(_ callee: Value, arguments: [Value], newTarget: JSObject? = nil) throws -> Value {
        guard case .object(let function) = callee, case .function(let kind) = function.kind, isConstructor(callee) else {
            throw typeError("\(try describeForError(callee)) is not a constructor")
        }
        try enterCall()
        defer { callDepth -= 1 }
        try charge(arguments.count)
        switch kind {
        case .native(let spec):
            guard let construct = spec.construct else { throw typeError("\(spec.name.string) is not a constructor") }
            return try construct(self, Arguments(arguments), newTarget ?? function)
        case .script(let closure):
            let target = newTarget ?? function
            let prototypeValue = try get(object: target, Names.prototype, receiver: .object(target))
            let instance = newObject(prototype: prototypeValue.asObject ?? objectPrototype)
            let result = try closure.invoke(self, function: function, this: .object(instance), arguments: arguments, newTarget: target)
            if case .object = result { return result }
            return .object(instance)
        case .bound(let bound):
            try chargeNewValues(bound.boundArguments.count)
            return try construct(.object(bound.target), arguments: bound.boundArguments + arguments, newTarget: bound.target)
        }
    }

    /// The prototype for an object created by a built-in constructor, honouring `new.target`
    /// (so `class MyError extends Error` instances get the subclass prototype).
    func prototype(for newTarget: JSObject, fallback: JSObject) throws -> JSObject {
        let value = try get(object: newTarget, Names.prototype, receiver: .object(newTarget))
        return value.asObject ?? fallback
    }

    /// How a value is named in "x is not a function" when no source text is at hand.
    func describeForError(_ value: Value) throws -> String {
        switch value {
        case .string(let string): return "\"\(string.string)\""
        case .object(let object):
            if object.isArray { return "object" }
            return object.isCallable ? "function" : "#<\(object.className)>"
        default: return try toString(value).string
        }
    }
}
