/// `String`, its static methods and `String.prototype` (UTF-16 code unit semantics).
///
/// `localeCompare` approximates ICU collation (case-insensitive order first, then lower case
/// before upper case, then code units); `normalize` returns the string unchanged.
enum StringBuiltins {
    static let constructor = BuiltinSpec(
        "String", 1,
        construct: { realm, arguments, newTarget in
            let string = arguments.count == 0 ? JSString.empty : try realm.toString(arguments[0])
            let prototype = try realm.prototype(for: newTarget, fallback: realm.stringPrototype)
            return .object(realm.register(JSObject(prototype: prototype, kind: .primitive(.string(string)))))
        }
    ) { realm, _, arguments in
        if arguments.count == 0 { return .emptyString }
        return .string(try realm.toString(arguments[0]))
    }

    static let statics = BuiltinGroup([
        BuiltinSpec("fromCharCode", 1) { realm, _, arguments in
            var units: [UInt16] = []
            try realm.chargeNewString(arguments.count)
            for argument in arguments.values { units.append(UInt16(truncatingIfNeeded: try realm.toUInt32(argument))) }
            return .string(JSString(units: units))
        },
        BuiltinSpec("fromCodePoint", 1) { realm, _, arguments in
            var units: [UInt16] = []
            try realm.chargeNewString(arguments.count * 2)
            for argument in arguments.values {
                let number = try realm.toNumber(argument)
                guard let code = UInt32(exactly: number), code <= 0x10FFFF else {
                    throw realm.rangeError("Invalid code point \(try realm.toString(argument).string)")
                }
                StringBuiltins.appendCodePoint(code, to: &units)
            }
            return .string(JSString(units: units))
        },
    ])

    static func appendCodePoint(_ code: UInt32, to units: inout [UInt16]) {
        if code < 0x10000 {
            units.append(UInt16(code))
        } else {
            let value = code - 0x10000
            units.append(UInt16(0xD800 + (value >> 10)))
            units.append(UInt16(0xDC00 + (value & 0x3FF)))
        }
    }

    private static func rejectRegExp(_ realm: Realm, _ value: Value, _ method: String) throws {
        if case .object(let object) = value, case .regexp = object.kind {
            throw realm.typeError("First argument to String.prototype.\(method) must not be a regular expression")
        }
    }

    static let prototype = BuiltinGroup([
        BuiltinSpec("toString", 0) { realm, this, _ in .string(try StringBuiltins.primitive(realm, this, "toString")) },
        BuiltinSpec("valueOf", 0) { realm, this, _ in .string(try StringBuiltins.primitive(realm, this, "valueOf")) },
        BuiltinSpec("trim", 0) { realm, this, _ in .string(try realm.trimmed(try realm.thisString(this, "trim"))) },
        BuiltinSpec("trimStart", 0) { realm, this, _ in
            .string(try realm.trimmed(try realm.thisString(this, "trimStart"), leading: true, trailing: false))
        },
        BuiltinSpec("trimEnd", 0) { realm, this, _ in
            .string(try realm.trimmed(try realm.thisString(this, "trimEnd"), leading: false, trailing: true))
        },
        BuiltinSpec("toLowerCase", 0) { realm, this, _ in
            .string(try realm.makeString(CaseMapping.map(try realm.thisString(this, "toLowerCase"), upper: false)))
        },
        BuiltinSpec("toUpperCase", 0) { realm, this, _ in
            .string(try realm.makeString(CaseMapping.map(try realm.thisString(this, "toUpperCase"), upper: true)))
        },
        BuiltinSpec("toLocaleLowerCase", 0) { realm, this, _ in
            .string(try realm.makeString(CaseMapping.map(try realm.thisString(this, "toLocaleLowerCase"), upper: false)))
        },
        BuiltinSpec("toLocaleUpperCase", 0) { realm, this, _ in
            .string(try realm.makeString(CaseMapping.map(try realm.thisString(this, "toLocaleUpperCase"), upper: true)))
        },
        BuiltinSpec("indexOf", 1) { realm, this, arguments in
            let string = try realm.thisString(this, "indexOf")
            let search = try realm.toString(arguments[0])
            let start = try realm.clampedIndex(arguments[1], length: string.count)
            try realm.charge(string.count + search.count)
            return .number(Double(string.firstIndex(of: search, from: start) ?? -1))
        },
        BuiltinSpec("lastIndexOf", 1) { realm, this, arguments in
            let string = try realm.thisString(this, "lastIndexOf")
            let search = try realm.toString(arguments[0])
            let position = try realm.toNumber(arguments[1])
            let start = position.isNaN ? string.count : Int(min(max(position.rounded(.towardZero), 0), Double(string.count)))
            try realm.charge(string.count + search.count)
            return .number(Double(string.lastIndex(of: search, from: start) ?? -1))
        },
        BuiltinSpec("includes", 1) { realm, this, arguments in
            let string = try realm.thisString(this, "includes")
            try StringBuiltins.rejectRegExp(realm, arguments[0], "includes")
            let search = try realm.toString(arguments[0])
            let start = try realm.clampedIndex(arguments[1], length: string.count)
            try realm.charge(string.count + search.count)
            return .bool(string.firstIndex(of: search, from: start) != nil)
        },
        BuiltinSpec("startsWith", 1) { realm, this, arguments in
            let string = try realm.thisString(this, "startsWith")
            try StringBuiltins.rejectRegExp(realm, arguments[0], "startsWith")
            let search = try realm.toString(arguments[0])
            let start = try realm.clampedIndex(arguments[1], length: string.count)
            try realm.charge(search.count)
            return .bool(string.hasPrefix(search, at: start))
        },
        BuiltinSpec("endsWith", 1) { realm, this, arguments in
            let string = try realm.thisString(this, "endsWith")
            try StringBuiltins.rejectRegExp(realm, arguments[0], "endsWith")
            let search = try realm.toString(arguments[0])
            let end = arguments[1].isUndefined ? string.count : try realm.clampedIndex(arguments[1], length: string.count)
            try realm.charge(search.count)
            return .bool(string.hasPrefix(search, at: end - search.count))
        },
        BuiltinSpec("charAt", 1) { realm, this, arguments in
            let string = try realm.thisString(this, "charAt")
            let position = try realm.toInteger(arguments[0])
            guard position >= 0, position < Double(string.count) else { return .emptyString }
            return .string(string.slice(Int(position), Int(position) + 1))
        },
        BuiltinSpec("charCodeAt", 1) { realm, this, arguments in
            let string = try realm.thisString(this, "charCodeAt")
            let position = try realm.toInteger(arguments[0])
            guard position >= 0, position < Double(string.count) else { return .number(.nan) }
            return .number(Double(string[Int(position)]))
        },
        BuiltinSpec("codePointAt", 1) { realm, this, arguments in
            let string = try realm.thisString(this, "codePointAt")
            let position = try realm.toInteger(arguments[0])
            guard position >= 0, position < Double(string.count) else { return .undefined }
            let index = Int(position)
            let unit = string[index]
            if unit >= 0xD800, unit <= 0xDBFF, index + 1 < string.count {
                let next = string[index + 1]
                if next >= 0xDC00, next <= 0xDFFF {
                    return .number(Double((UInt32(unit) - 0xD800) << 10 + (UInt32(next) - 0xDC00) + 0x10000))
                }
            }
            return .number(Double(unit))
        },
        BuiltinSpec("at", 1) { realm, this, arguments in
            let string = try realm.thisString(this, "at")
            let relative = try realm.toInteger(arguments[0])
            let index = relative >= 0 ? relative : Double(string.count) + relative
            guard index >= 0, index < Double(string.count) else { return .undefined }
            return .string(string.slice(Int(index), Int(index) + 1))
        },
        BuiltinSpec("substring", 2) { realm, this, arguments in
            let string = try realm.thisString(this, "substring")
            let start = try realm.clampedIndex(arguments[0], length: string.count)
            let end = arguments[1].isUndefined ? string.count : try realm.clampedIndex(arguments[1], length: string.count)
            return .string(try realm.substring(string, min(start, end), max(start, end)))
        },
        BuiltinSpec("substr", 2) { realm, this, arguments in
            let string = try realm.thisString(this, "substr")
            let start = try realm.relativeIndex(arguments[0], length: string.count, default: 0)
            let length = arguments[1].isUndefined ? Double(string.count) : try realm.toInteger(arguments[1])
            let end = Int(min(Double(start) + max(length, 0), Double(string.count)))
            return .string(try realm.substring(string, start, max(start, end)))
        },
        BuiltinSpec("slice", 2) { realm, this, arguments in
            let string = try realm.thisString(this, "slice")
            let start = try realm.relativeIndex(arguments[0], length: string.count, default: 0)
            let end = try realm.relativeIndex(arguments[1], length: string.count, default: string.count)
            return .string(try realm.substring(string, start, end))
        },
        BuiltinSpec("padStart", 2) { realm, this, arguments in
            .string(try StringBuiltins.pad(realm, try realm.thisString(this, "padStart"), arguments, atStart: true))
        },
        BuiltinSpec("padEnd", 2) { realm, this, arguments in
            .string(try StringBuiltins.pad(realm, try realm.thisString(this, "padEnd"), arguments, atStart: false))
        },
        BuiltinSpec("repeat", 1) { realm, this, arguments in
            let string = try realm.thisString(this, "repeat")
            let count = try realm.toInteger(arguments[0])
            guard count >= 0, count.isFinite else {
                throw realm.rangeError("Invalid count value: \(try realm.toString(arguments[0]).string)")
            }
            if string.isEmpty || count == 0 { return .emptyString }
            let total = Double(string.count) * count
            if total > Double(realm.limits.maxStringLength) { try realm.checkString(length: Int(min(total, 1e15))) }
            try realm.chargeNewString(Int(total))
            var units: [UInt16] = []
            units.reserveCapacity(Int(total))
            for _ in 0..<Int(count) { units.append(contentsOf: string.units) }
            return .string(JSString(units: units))
        },
        BuiltinSpec("concat", 1) { realm, this, arguments in
            var result = try realm.thisString(this, "concat")
            for argument in arguments.values { result = try realm.concat(result, try realm.toString(argument)) }
            return .string(result)
        },
        BuiltinSpec("split", 2) { realm, this, arguments in
            try StringBuiltins.split(realm, this, arguments)
        },
        BuiltinSpec("replace", 2) { realm, this, arguments in
            try RegExpBuiltins.stringReplace(realm, this, arguments, all: false)
        },
        BuiltinSpec("replaceAll", 2) { realm, this, arguments in
            try RegExpBuiltins.stringReplace(realm, this, arguments, all: true)
        },
        BuiltinSpec("match", 1) { realm, this, arguments in
            try RegExpBuiltins.stringMatch(realm, this, arguments[0])
        },
        BuiltinSpec("matchAll", 1) { realm, this, arguments in
            try RegExpBuiltins.stringMatchAll(realm, this, arguments[0])
        },
        BuiltinSpec("search", 1) { realm, this, arguments in
            try RegExpBuiltins.stringSearch(realm, this, arguments[0])
        },
        BuiltinSpec("localeCompare", 1) { realm, this, arguments in
            let left = try realm.thisString(this, "localeCompare")
            let right = try realm.toString(arguments[0])
            try realm.chargeNewString(left.count + right.count)
            return .number(Double(StringBuiltins.localeCompare(left, right)))
        },
        BuiltinSpec("normalize", 0) { realm, this, _ in .string(try realm.thisString(this, "normalize")) },
    ])

    private static func primitive(_ realm: Realm, _ this: Value, _ method: String) throws -> JSString {
        if case .string(let string) = this { return string }
        if case .object(let object) = this, case .primitive(.string(let string)) = object.kind { return string }
        throw realm.typeError("String.prototype.\(method) requires that 'this' be a String")
    }

    private static func pad(_ realm: Realm, _ string: JSString, _ arguments: Arguments, atStart: Bool) throws -> JSString {
        let target = try realm.toInteger(arguments[0])
        guard target > Double(string.count) else { return string }
        let filler = arguments[1].isUndefined ? JSString(" ") : try realm.toString(arguments[1])
        if filler.isEmpty { return string }
        if target > Double(realm.limits.maxStringLength) { try realm.checkString(length: Int(min(target, 1e15))) }
        let needed = Int(target) - string.count
        try realm.chargeNewString(Int(target))
        var padding: [UInt16] = []
        padding.reserveCapacity(needed)
        while padding.count < needed {
            padding.append(contentsOf: filler.units.prefix(needed - padding.count))
        }
        return atStart ? JSString(units: padding + string.units) : JSString(units: string.units + padding)
    }

    private static func split(_ realm: Realm, _ this: Value, _ arguments: Arguments) throws -> Value {
        let string = try realm.thisString(this, "split")
        if case .object(let object) = arguments[0], case .regexp(let data) = object.kind {
            return try RegExpBuiltins.split(realm, data.program, string, limit: arguments[1])
        }
        let limit = arguments[1].isUndefined ? UInt32.max : try realm.toUInt32(arguments[1])
        if arguments[0].isUndefined { return .object(realm.newArray(limit == 0 ? [] : [.string(string)])) }
        let separator = try realm.toString(arguments[0])
        if limit == 0 { return .object(realm.newArray([])) }
        var parts: [Value] = []
        try realm.charge(string.count + separator.count)
        if separator.isEmpty {
            try realm.chargeNewStrings(min(string.count, Int(limit)), length: 1)
            for index in 0..<string.count {
                if parts.count >= Int(limit) { break }
                parts.append(.string(string.slice(index, index + 1)))
            }
            return .object(realm.newArray(parts))
        }
        var start = 0
        while let found = string.firstIndex(of: separator, from: start) {
            try realm.reserveValues(1)
            parts.append(.string(try realm.substring(string, start, found)))
            if parts.count >= Int(limit) { return .object(realm.newArray(parts)) }
            start = found + separator.count
        }
        parts.append(.string(string.slice(start, string.count)))
        return .object(realm.newArray(parts))
    }

    static func localeCompare(_ left: JSString, _ right: JSString) -> Int {
        let foldedLeft = CaseMapping.map(left, upper: false)
        let foldedRight = CaseMapping.map(right, upper: false)
        if foldedLeft != foldedRight { return JSString(units: foldedLeft) < JSString(units: foldedRight) ? -1 : 1 }
        if left == right { return 0 }
        // Same letters: lower case sorts first, as in ICU's default collation.
        return left > right ? -1 : 1
    }
}
