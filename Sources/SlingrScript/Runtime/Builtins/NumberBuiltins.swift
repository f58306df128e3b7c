/// `Number`, `Number.prototype`, `Boolean` and `Boolean.prototype`.
enum NumberBuiltins {
    static let constructor = BuiltinSpec(
        "Number", 1,
        construct: { realm, arguments, newTarget in
            let number = arguments.count == 0 ? 0 : try realm.toNumber(arguments[0])
            let prototype = try realm.prototype(for: newTarget, fallback: realm.numberPrototype)
            return .object(realm.register(JSObject(prototype: prototype, kind: .primitive(.number(number)))))
        }
    ) { realm, _, arguments in
        .number(arguments.count == 0 ? 0 : try realm.toNumber(arguments[0]))
    }

    static let constants: [(JSString, Double)] = [
        ("MAX_SAFE_INTEGER", 9_007_199_254_740_991), ("MIN_SAFE_INTEGER", -9_007_199_254_740_991),
        ("MAX_VALUE", .greatestFiniteMagnitude), ("MIN_VALUE", Double.leastNonzeroMagnitude),
        ("EPSILON", Double.ulpOfOne), ("POSITIVE_INFINITY", .infinity), ("NEGATIVE_INFINITY", -.infinity),
        ("NaN", .nan),
    ]

    static let statics = BuiltinGroup([
        BuiltinSpec("isInteger", 1) { _, _, arguments in
            guard case .number(let number) = arguments[0] else { return .false }
            return .bool(number.isFinite && number == number.rounded(.towardZero))
        },
        BuiltinSpec("isSafeInteger", 1) { _, _, arguments in
            guard case .number(let number) = arguments[0] else { return .false }
            return .bool(number.isFinite && number == number.rounded(.towardZero) && abs(number) <= 9_007_199_254_740_991)
        },
        BuiltinSpec("isFinite", 1) { _, _, arguments in
            guard case .number(let number) = arguments[0] else { return .false }
            return .bool(number.isFinite)
        },
        BuiltinSpec("isNaN", 1) { _, _, arguments in
            guard case .number(let number) = arguments[0] else { return .false }
            return .bool(number.isNaN)
        },
        BuiltinSpec("parseFloat", 1) { realm, _, arguments in
            .number(try GlobalFunctions.parseFloat(realm, arguments[0]))
        },
        BuiltinSpec("parseInt", 2) { realm, _, arguments in
            .number(try GlobalFunctions.parseInt(realm, arguments[0], arguments[1]))
        },
    ])

    private static func thisNumber(_ realm: Realm, _ this: Value, _ method: String) throws -> Double {
        if case .number(let number) = this { return number }
        if case .object(let object) = this, case .primitive(.number(let number)) = object.kind { return number }
        throw realm.typeError("Number.prototype.\(method) requires that 'this' be a Number")
    }

    static let prototype = BuiltinGroup([
        BuiltinSpec("toString", 1) { realm, this, arguments in
            let number = try thisNumber(realm, this, "toString")
            if arguments[0].isUndefined { return .string(NumberFormatting.jsString(number)) }
            let radix = try realm.toInteger(arguments[0])
            guard radix >= 2, radix <= 36 else { throw realm.rangeError("toString() radix must be between 2 and 36") }
            if radix == 10 { return .string(NumberFormatting.jsString(number)) }
            return .string(JSString(NumberFormatting.string(number, radix: Int(radix))))
        },
        BuiltinSpec("toLocaleString", 0) { realm, this, _ in
            .string(JSString(NumberBuiltins.localeString(try thisNumber(realm, this, "toLocaleString"))))
        },
        BuiltinSpec("valueOf", 0) { realm, this, _ in .number(try thisNumber(realm, this, "valueOf")) },
        BuiltinSpec("toFixed", 1) { realm, this, arguments in
            let number = try thisNumber(realm, this, "toFixed")
            let digits = try realm.toInteger(arguments[0])
            guard digits >= 0, digits <= 100 else { throw realm.rangeError("toFixed() digits argument must be between 0 and 100") }
            return .string(JSString(NumberFormatting.fixed(number, digits: Int(digits))))
        },
        BuiltinSpec("toPrecision", 1) { realm, this, arguments in
            let number = try thisNumber(realm, this, "toPrecision")
            if arguments[0].isUndefined { return .string(NumberFormatting.jsString(number)) }
            let precision = try realm.toInteger(arguments[0])
            if !number.isFinite { return .string(NumberFormatting.jsString(number)) }
            guard precision >= 1, precision <= 100 else {
                throw realm.rangeError("toPrecision() argument must be between 1 and 100")
            }
            return .string(JSString(NumberFormatting.precision(number, precision: Int(precision))))
        },
        BuiltinSpec("toExponential", 1) { realm, this, arguments in
            let number = try thisNumber(realm, this, "toExponential")
            let digits = try realm.toInteger(arguments[0])
            if !number.isFinite { return .string(NumberFormatting.jsString(number)) }
            guard digits >= 0, digits <= 100 else {
                throw realm.rangeError("toExponential() argument must be between 0 and 100")
            }
            let fraction: Int? = arguments[0].isUndefined ? nil : Int(digits)
            return .string(JSString(NumberFormatting.exponential(number, fractionDigits: fraction)))
        },
    ])

    /// `toLocaleString()` in the `en-US` style: grouping commas, at most three decimals.
    static func localeString(_ number: Double) -> String {
        if !number.isFinite { return number.isNaN ? "NaN" : (number < 0 ? "-∞" : "∞") }
        let fixed = NumberFormatting.fixed(abs(number), digits: 3)
        var parts = fixed.split(separator: ".", maxSplits: 1).map(String.init)
        var integer = parts[0]
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + integer.suffix(3) + grouped
            integer = String(integer.dropLast(3))
        }
        grouped = integer + grouped
        var fraction = parts.count > 1 ? parts[1] : ""
        while fraction.hasSuffix("0") { fraction.removeLast() }
        parts = [grouped]
        let negative = number < 0 && (grouped != "0" || !fraction.isEmpty)
        return (negative ? "-" : "") + grouped + (fraction.isEmpty ? "" : "." + fraction)
    }

    static let booleanConstructor = BuiltinSpec(
        "Boolean", 1,
        construct: { realm, arguments, newTarget in
            let prototype = try realm.prototype(for: newTarget, fallback: realm.booleanPrototype)
            return .object(realm.register(JSObject(prototype: prototype, kind: .primitive(.bool(arguments[0].isTruthy)))))
        }
    ) { _, _, arguments in .bool(arguments[0].isTruthy) }

    private static func thisBoolean(_ realm: Realm, _ this: Value, _ method: String) throws -> Bool {
        if case .bool(let flag) = this { return flag }
        if case .object(let object) = this, case .primitive(.bool(let flag)) = object.kind { return flag }
        throw realm.typeError("Boolean.prototype.\(method) requires that 'this' be a Boolean")
    }

    static let booleanPrototype = BuiltinGroup([
        BuiltinSpec("toString", 0) { realm, this, _ in
            .string(try thisBoolean(realm, this, "toString") ? Names.true : Names.false)
        },
        BuiltinSpec("valueOf", 0) { realm, this, _ in .bool(try thisBoolean(realm, this, "valueOf")) },
    ])
}
