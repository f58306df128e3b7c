import SlingrDiagnostics

extension Realm {
    /// The values an iterable produces (`for-of`, spread, array destructuring). Arrays, strings
    /// (by code point), `arguments` and array-likes with a `Symbol.iterator`-free protocol are
    /// supported; anything else is "not iterable", as in V8.
    func iterate(_ value: Value, at range: SourceRange? = nil, text: String? = nil, spreadCall: Bool = false) throws -> [Value] {
        switch value {
        case .object(let object):
            switch object.kind {
            case .array, .arguments:
                return object.elements
            case .primitive(.string(let string)):
                try chargeNewStrings(string.count, length: 1)
                return Realm.codePoints(string).map { .string($0) }
            default:
                break
            }
        case .string(let string):
            try chargeNewStrings(string.count, length: 1)
            return Realm.codePoints(string).map { .string($0) }
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
