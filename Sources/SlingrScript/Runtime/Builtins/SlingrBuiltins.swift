/// The Slingr platform objects configuration code sees: `utils` and the `sys` stubs that
/// `configurationBuilder.js` calls (`sys.context.getCurrentUserRecord().id()`,
/// `sys.app.getUrl()`, `sys.logs.*`), plus `console`. Answers come from the host's
/// `SlingrEnvironment`; log messages are recorded for the host to read.
enum SlingrBuiltins {
    static let utils = BuiltinGroup([
        BuiltinSpec("isPlaceholder", 1) { _, _, arguments in .bool(isPlaceholderArgument(arguments)) },
        BuiltinSpec("isPlaceHolder", 1) { _, _, arguments in .bool(isPlaceholderArgument(arguments)) },
        BuiltinSpec("getInteger", 1) { _, _, arguments in .number(integer(arguments[0])) },
    ])

    /// True for a string that is exactly `${NAME}` (letters, digits, underscores).
    static func isPlaceholder(_ value: Value) -> Bool {
        guard case .string(let string) = value else { return false }
        return isPlaceholder(string.units)
    }

    /// `isPlaceholder` of the first argument, passed as the array element it is: through
    /// `Arguments`' subscript it would be copied (a retain and a release on every call of the
    /// commonest function of configuration expressions).
    private static func isPlaceholderArgument(_ arguments: Arguments) -> Bool {
        arguments.count > 0 && isPlaceholder(arguments.values[0])
    }

    /// The units passed on rather than bound to a local, which would copy (retain) them.
    private static func isPlaceholder(_ units: [UInt16]) -> Bool {
        guard units.count >= 4, units[0] == 0x24, units[1] == 0x7B, units[units.count - 1] == 0x7D else { return false }
        for index in 2..<(units.count - 1) {
            let unit = units[index]
            let isLetter = (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A)
            let isDigit = unit >= 0x30 && unit <= 0x39
            if !(isLetter || isDigit || unit == 0x5F) { return false }
        }
        return true
    }

    /// An integer number as is; a string of an optional sign and digits as its value; else NaN.
    static func integer(_ value: Value) -> Double {
        switch value {
        case .number(let number):
            return number.isFinite && number == number.rounded(.towardZero) ? number : .nan
        case .string(let string):
            var units = string.units[...]
            var negative = false
            if let first = units.first, first == 0x2B || first == 0x2D {
                negative = first == 0x2D
                units = units.dropFirst()
            }
            guard !units.isEmpty, units.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return .nan }
            let text = String(decoding: units.map { UInt8($0) }, as: UTF8.self)
            let magnitude = Double(text) ?? .nan
            return negative ? -magnitude : magnitude
        default:
            return .nan
        }
    }

    static let context = BuiltinGroup([
        BuiltinSpec("getCurrentUserRecord", 0) { realm, _, _ in
            let record = realm.newNamespace(SlingrBuiltins.userRecord)
            return .object(record)
        },
    ])

    static let userRecord = BuiltinGroup([
        BuiltinSpec("id", 0) { realm, _, _ in realm.currentUserId.map { Value($0) } ?? .null },
    ])

    static let app = BuiltinGroup([
        BuiltinSpec("getUrl", 0) { realm, _, _ in realm.appURL.map { Value($0) } ?? .null },
    ])

    static let logs = BuiltinGroup([
        logger("debug", .debug), logger("info", .info), logger("warn", .warn), logger("error", .error),
    ])

    /// `console` exists both in browsers (button actions) and on servers; it records like `sys.logs`.
    static let console = BuiltinGroup([
        logger("log", .info), logger("debug", .debug), logger("info", .info), logger("warn", .warn),
        logger("error", .error),
    ])

    private static func logger(_ name: JSString, _ level: LogEntry.Level) -> BuiltinSpec {
        BuiltinSpec(name, 1) { realm, _, arguments in
            // Past the log budget a message is only counted, never formatted.
            guard realm.logBudget.admit() else { return .undefined }
            var parts: [String] = []
            for argument in arguments.values {
                if case .object(let object) = argument, !argument.isCallable, object.isArray || object.className == "Object" {
                    // Objects and arrays as compact JSON (errors, dates, ... as they display).
                    var serializer = try JSONSerializer(realm: realm, replacer: .undefined, space: .undefined)
                    parts.append((try? serializer.serialize(argument))?.string ?? realm.display(argument))
                } else if case .object = argument, !argument.isCallable {
                    parts.append(realm.display(argument))
                } else {
                    parts.append(try realm.toString(argument).string)
                }
            }
            realm.logs.append(LogEntry(level: level, message: realm.logBudget.fit(parts.joined(separator: " "))))
            return .undefined
        }
    }

    /// Installs `utils` and `sys` as globals.
    static func install(in realm: Realm) {
        let global = realm.globalObject
        global.defineOwn(Names.utils, .object(realm.newNamespace(utils)), flags: .hidden)
        let sys = realm.newObject()
        sys.defineOwn(Names.context, .object(realm.newNamespace(context)))
        sys.defineOwn(Names.app, .object(realm.newNamespace(app)))
        sys.defineOwn(Names.logs, .object(realm.newNamespace(logs)))
        global.defineOwn(Names.sys, .object(sys), flags: .hidden)
        global.defineOwn(Names.console, .object(realm.newNamespace(console)), flags: .hidden)
    }
}
