/// The global functions: `parseInt`, `parseFloat`, `isNaN`, `isFinite` and the URI codecs.
enum GlobalFunctions {
    /// `eval`; a call of it written `eval(...)` is a direct eval (see `DirectEvalNode`).
    static let evalSpec = BuiltinSpec("eval", 1) { realm, _, arguments in
        guard case .string(let source) = arguments[0] else { return arguments[0] }
        return try realm.performEval(source, direct: nil)
    }

    static let group = BuiltinGroup([
        evalSpec,
        BuiltinSpec("parseInt", 2) { realm, _, arguments in .number(try parseInt(realm, arguments[0], arguments[1])) },
        BuiltinSpec("parseFloat", 1) { realm, _, arguments in .number(try parseFloat(realm, arguments[0])) },
        BuiltinSpec("isNaN", 1) { realm, _, arguments in .bool(try realm.toNumber(arguments[0]).isNaN) },
        BuiltinSpec("isFinite", 1) { realm, _, arguments in .bool(try realm.toNumber(arguments[0]).isFinite) },
        BuiltinSpec("encodeURIComponent", 1) { realm, _, arguments in
            .string(try URICoding.encode(realm, try realm.toString(arguments[0]), keep: URICoding.unreserved))
        },
        BuiltinSpec("encodeURI", 1) { realm, _, arguments in
            .string(try URICoding.encode(realm, try realm.toString(arguments[0]), keep: URICoding.unreserved.union(URICoding.reserved)))
        },
        BuiltinSpec("decodeURIComponent", 1) { realm, _, arguments in
            .string(try URICoding.decode(realm, try realm.toString(arguments[0]), preserve: []))
        },
        BuiltinSpec("decodeURI", 1) { realm, _, arguments in
            .string(try URICoding.decode(realm, try realm.toString(arguments[0]), preserve: URICoding.reserved))
        },
    ])

    /// `parseInt`, charged for the digits it reads.
    static func parseInt(_ realm: Realm, _ text: Value, _ radix: Value) throws -> Double {
        let string = try realm.toString(text)
        let radix = try realm.toInt32(radix)
        try realm.charge(string.count)
        return NumberParsing.parseInt(string, radix: radix)
    }

    /// `parseFloat`, charged for the digits it reads.
    static func parseFloat(_ realm: Realm, _ text: Value) throws -> Double {
        let string = try realm.toString(text)
        try realm.charge(string.count)
        return NumberParsing.parseFloat(string)
    }
}
