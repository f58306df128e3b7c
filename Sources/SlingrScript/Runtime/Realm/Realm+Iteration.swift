import SlingrDiagnostics

/// A running iteration over one of the built-in iterables. Without `Symbol.iterator`, the
/// iterables are arrays and array-like `arguments` objects, strings (by code point) and array
/// iterators; each step reads the iterated object afresh, as the iterator protocol would.
struct ValueIterator {
    enum Source {
        case indexed(JSObject)
        case string(JSString)
        case arrayIterator(ArrayIteratorState)
    }

    let source: Source
    var index = 0

    mutating func next(_ realm: Realm) throws -> Value? {
        switch source {
        case .indexed(let object):
            if case .array = object.kind, index < object.elements.count, !object.storage.isSparse {
                let value = object.elements[index]
                index += 1
                return ArrayHole.isHole(value) ? try realm.getIndex(object, index - 1) : value
            }
            guard index < (try realm.lengthOf(object)) else { return nil }
            index += 1
            return try realm.getIndex(object, index - 1)
        case .string(let string):
            guard index < string.count else { return nil }
            let unit = string[index]
            if unit >= 0xD800, unit <= 0xDBFF, index + 1 < string.count, string[index + 1] >= 0xDC00, string[index + 1] <= 0xDFFF {
                index += 2
                return .string(JSString(units: [unit, string[index - 1]]))
            }
            index += 1
            return .string(JSString(units: [unit]))
        case .arrayIterator(let state):
            return try realm.arrayIteratorStep(state)
        }
    }
}

extension Realm {
    /// Whether `for-of`, spread and `Array.from` can iterate the value.
    func isIterable(_ value: Value) -> Bool {
        switch value {
        case .string: return true
        case .object(let object):
            switch object.kind {
            case .array, .arguments, .arrayIterator, .primitive(.string): return true
            default: return false
            }
        default: return false
        }
    }

    /// Starts iterating `value`, or throws V8's "x is not iterable" TypeError.
    func makeIterator(_ value: Value, at range: SourceRange? = nil, text: String? = nil, spreadCall: Bool = false) throws
        -> ValueIterator
    {
        switch value {
        case .string(let string): return ValueIterator(source: .string(string))
        case .object(let object):
            switch object.kind {
            case .array, .arguments: return ValueIterator(source: .indexed(object))
            case .arrayIterator(let state): return ValueIterator(source: .arrayIterator(state))
            case .primitive(.string(let string)): return ValueIterator(source: .string(string))
            default: break
            }
        default:
            break
        }
        if spreadCall, case .object = value {
            throw error(.typeError, "Spread syntax requires ...iterable[Symbol.iterator] to be a function", at: range)
        }
        let description: String
        switch value {
        case .object(let object) where object.isCallable: description = text ?? "function"
        case .object: description = text ?? "object"
        case .string(let string): description = text ?? "\"\(string.string)\""
        default: description = try toString(value).string
        }
        if let text, text.hasSuffix("()") {
            throw error(.typeError, "\(text.dropLast(2)) is not a function or its return value is not iterable", at: range)
        }
        throw error(.typeError, "\(description) is not iterable", at: range)
    }

    /// The values an iterable produces (spread, `Array.from`), or the first `limit` of them
    /// (array destructuring reads no further than its pattern needs).
    func iterate(_ value: Value, at range: SourceRange? = nil, text: String? = nil, spreadCall: Bool = false, limit: Int? = nil)
        throws -> [Value]
    {
        if limit == nil, case .object(let object) = value, object.isPackedArray { return object.elements }
        var iterator = try makeIterator(value, at: range, text: text, spreadCall: spreadCall)
        var values: [Value] = []
        while limit.map({ values.count < $0 }) ?? true, let next = try iterator.next(self) {
            values.append(next)
            try countIteration(values.count)
            // The list, and a string's characters, are new data: charged sixteen at a time.
            if values.count & 15 == 0 { try reserve(16 &* (MemoryCensus.valueBytes &+ MemoryCensus.stringBytes(2))) }
            if values.count > limits.maxArrayLength { try checkArray(length: values.count) }
        }
        return values
    }

    /// Calls `body` with each value an iterable produces.
    func forEachIterated(_ value: Value, _ body: (Value) throws -> Void) throws {
        var iterator = try makeIterator(value)
        var count = 0
        while let next = try iterator.next(self) {
            try body(next)
            count += 1
            try countIteration(count)
        }
    }

    /// Splits a string into code points (a surrogate pair stays together).
    static func codePoints(_ string: JSString) -> [JSString] {
        var result: [JSString] = []
        result.reserveCapacity(string.count)
        var index = 0
        let units = string.units
        while index < units.count {
            let unit = units[index]
            if unit >= 0xD800, unit <= 0xDBFF, index + 1 < units.count, units[index + 1] >= 0xDC00, units[index + 1] <= 0xDFFF {
                result.append(JSString(units: [unit, units[index + 1]]))
                index += 2
            } else {
                result.append(JSString(units: [unit]))
                index += 1
            }
        }
        return result
    }
}
