/// The abstract conversions of ECMAScript (ToPrimitive, ToNumber, ToString, ...). Conversions
/// of objects may run script code (`valueOf`, `toString`), so they live on the realm and throw.
extension Realm {
    enum PrimitiveHint { case `default`, number, string }

    func toPrimitive(_ value: Value, hint: PrimitiveHint = .default) throws -> Value {
        guard case .object(let object) = value else { return value }
        var hint = hint
        if hint == .default, case .date = object.kind { hint = .string }
        let order = hint == .string ? [Names.toString, Names.valueOf] : [Names.valueOf, Names.toString]
        for name in order {
            let method = try get(object: object, name, receiver: value)
            if case .object(let function) = method, function.isCallable {
                let result = try call(method, this: value, arguments: [])
                if case .object = result { continue }
                return result
            }
        }
        throw typeError("Cannot convert object to primitive value")
    }

    @inline(__always)
    func toNumber(_ value: Value) throws -> Double {
        switch value {
        case .number(let number): return number
        case .undefined: return .nan
        case .null: return 0
        case .bool(let flag): return flag ? 1 : 0
        case .string(let string):
            try charge(string.count)
            return NumberParsing.number(from: string)
        case .object: return try toNumber(try toPrimitive(value, hint: .number))
        }
    }

    @inline(__always)
    func toString(_ value: Value) throws -> JSString {
        switch value {
        case .string(let string): return string
        case .number(let number): return NumberFormatting.jsString(number)
        case .undefined: return Names.undefined
        case .null: return Names.null
        case .bool(let flag): return flag ? Names.true : Names.false
        case .object: return try toString(try toPrimitive(value, hint: .string))
        }
    }

    func toPropertyKey(_ value: Value) throws -> JSString {
        switch value {
        case .string(let string):
            // Finding a long key hashes or compares all of it.
            if string.count >= 64 { try charge(string.count) }
            return string
        case .number(let number): return NumberFormatting.jsString(number)
        default: return try toString(try toPrimitive(value, hint: .string))
        }
    }

    /// ToObject: wraps primitives, throws for undefined and null.
    func toObject(_ value: Value) throws -> JSObject {
        switch value {
        case .object(let object): return object
        case .undefined, .null: throw typeError("Cannot convert undefined or null to object")
        case .string: return register(JSObject(prototype: stringPrototype, kind: .primitive(value)))
        case .number: return register(JSObject(prototype: numberPrototype, kind: .primitive(value)))
        case .bool: return register(JSObject(prototype: booleanPrototype, kind: .primitive(value)))
        }
    }

    /// ToIntegerOrInfinity.
    func toInteger(_ value: Value) throws -> Double {
        let number = try toNumber(value)
        if number.isNaN { return 0 }
        if number.isInfinite { return number }
        return number.rounded(.towardZero) + 0
    }

    /// A relative index argument (`slice(-2)`) resolved against `length`, clamped to 0...length.
    func relativeIndex(_ value: Value, length: Int, default fallback: Int) throws -> Int {
        if case .undefined = value { return fallback }
        let relative = try toInteger(value)
        if relative < 0 { return max(0, length + Int(max(relative, -Double(length) - 1))) }
        return Int(min(relative, Double(length)))
    }

    /// A position argument clamped to 0...length (`substring`, `indexOf`'s start).
    func clampedIndex(_ value: Value, length: Int) throws -> Int {
        let number = try toInteger(value)
        if number <= 0 { return 0 }
        return Int(min(number, Double(length)))
    }

    func toInt32(_ value: Value) throws -> Int32 {
        if case .number(let number) = value { return Realm.toInt32(number) }
        return Realm.toInt32(try toNumber(value))
    }

    func toUInt32(_ value: Value) throws -> UInt32 {
        UInt32(bitPattern: try toInt32(value))
    }

    static func toInt32(_ number: Double) -> Int32 {
        if number.isNaN || number.isInfinite { return 0 }
        let truncated = number.rounded(.towardZero)
        if truncated > -2_147_483_649, truncated < 2_147_483_648 { return Int32(truncated) }
        var modulo = truncated.truncatingRemainder(dividingBy: 4_294_967_296)
        if modulo < 0 { modulo += 4_294_967_296 }
        return Int32(bitPattern: UInt32(modulo))
    }

    /// Concatenates strings, enforcing the string-length limit.
    func concat(_ left: JSString, _ right: JSString) throws -> JSString {
        try chargeNewString(left.count &+ right.count)
        return left + right
    }

    /// A string built by a built-in, charged (after the fact: its length is bounded by the limit).
    func makeString(_ units: [UInt16]) throws -> JSString {
        try chargeNewString(units.count)
        return JSString(units: units)
    }
}
