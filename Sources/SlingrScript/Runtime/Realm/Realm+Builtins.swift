extension Realm {
    /// The string a String method works on (`this` coerced; null/undefined rejected).
    func thisString(_ this: Value, _ method: String) throws -> JSString {
        switch this {
        case .string(let string): return string
        case .undefined, .null: throw typeError("String.prototype.\(method) called on null or undefined")
        case .object(let object):
            if case .primitive(.string(let string)) = object.kind { return string }
            return try toString(this)
        default: return try toString(this)
        }
    }

    /// The object an Array method works on.
    func thisObject(_ this: Value, _ method: String) throws -> JSObject {
        if case .object(let object) = this { return object }
        if this.isNullish { throw typeError("Array.prototype.\(method) called on null or undefined") }
        return try toObject(this)
    }

    /// A callable argument, or the V8-style TypeError.
    func callable(_ value: Value) throws -> JSObject {
        if case .object(let function) = value, function.isCallable { return function }
        throw typeError("\(try describeForError(value)) is not a function")
    }
}
