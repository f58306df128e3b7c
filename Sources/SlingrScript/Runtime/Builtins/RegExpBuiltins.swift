/// `RegExp`, `RegExp.prototype` (`exec`, `test`, `toString`) and the regular-expression parts
/// of `String.prototype` (`match`, `matchAll`, `replace`, `replaceAll`, `search`, `split`).
///
/// `matchAll` returns an array of match results instead of an iterator (enough for `for-of`,
/// spread and `Array.from`).
enum RegExpBuiltins {
    static let constructor = BuiltinSpec(
        "RegExp", 2,
        construct: { realm, arguments, _ in try RegExpBuiltins.create(realm, arguments) }
    ) { realm, _, arguments in
        if case .object(let object) = arguments[0], case .regexp = object.kind, arguments[1].isUndefined {
            return arguments[0]
        }
        return try RegExpBuiltins.create(realm, arguments)
    }

    private static func create(_ realm: Realm, _ arguments: Arguments) throws -> Value {
        var source: JSString
        var flagsText: JSString
        if case .object(let object) = arguments[0], case .regexp(let data) = object.kind {
            source = data.program.source
            flagsText = arguments[1].isUndefined ? JSString(data.program.flags.description) : try realm.toString(arguments[1])
        } else {
            source = arguments[0].isUndefined ? .empty : try realm.toString(arguments[0])
            flagsText = arguments[1].isUndefined ? .empty : try realm.toString(arguments[1])
        }
        guard let flags = RegExpFlags(flagsText.string) else {
            throw realm.error(.syntaxError, "Invalid flags supplied to RegExp constructor '\(flagsText.string)'")
        }
        if source.isEmpty { source = JSString("(?:)") }
        try realm.charge(source.count)
        try realm.reserve(MemoryCensus.regExpBaseBytes + source.count * MemoryCensus.regExpBytesPerUnit)
        let pattern: RegExpPattern
        switch RegExpParser.parse(codeUnits: source.units, flags: flags) {
        case .success(let parsed): pattern = parsed
        case .failure(let error):
            throw realm.error(.syntaxError, "Invalid regular expression: /\(source.string)/\(flags.description): \(error.message)")
        }
        do {
            return .object(realm.makeRegExp(try RegExpProgram(pattern: pattern, source: source, flags: flags)))
        } catch let error as RegExpUnsupported {
            throw realm.error(.syntaxError, error.message)
        }
    }

    static let prototype = BuiltinGroup([
        BuiltinSpec("exec", 1) { realm, this, arguments in
            let (object, data) = try RegExpBuiltins.thisRegExp(realm, this, "exec")
            return try realm.regExpExec(object, data.program, try realm.toString(arguments[0]))
        },
        BuiltinSpec("test", 1) { realm, this, arguments in
            let (object, data) = try RegExpBuiltins.thisRegExp(realm, this, "test")
            return .bool(try realm.regExpMatch(object, data.program, try realm.toString(arguments[0])) != nil)
        },
        BuiltinSpec("toString", 0) { realm, this, _ in
            let (_, data) = try RegExpBuiltins.thisRegExp(realm, this, "toString")
            try realm.chargeNewString(data.program.source.count + 10)
            return .string(JSString("/\(data.program.source.string)/\(data.program.flags.description)"))
        },
    ])

    static func thisRegExp(_ realm: Realm, _ this: Value, _ method: String) throws -> (JSObject, RegExpData) {
        if case .object(let object) = this, case .regexp(let data) = object.kind { return (object, data) }
        throw realm.typeError("RegExp.prototype.\(method) requires that 'this' be a RegExp object")
    }

    static let accessorNames: Set<JSString> = [
        "source", "flags", "global", "ignoreCase", "multiline", "sticky", "unicode", "dotAll", "hasIndices",
    ]

    /// The virtual accessors of RegExp instances (`source`, `flags`, `global`, ...).
    static func accessor(_ program: RegExpProgram, _ key: JSString) -> Value? {
        let flags = program.flags
        switch key.string {
        case "source": return .string(program.source)
        case "flags": return .string(JSString(flags.description))
        case "global": return .bool(flags.global)
        case "ignoreCase": return .bool(flags.ignoreCase)
        case "multiline": return .bool(flags.multiline)
        case "sticky": return .bool(flags.sticky)
        case "unicode": return .bool(flags.unicode)
        case "dotAll": return .bool(flags.dotAll)
        case "hasIndices": return .bool(flags.hasIndices)
        default: return nil
        }
    }

    // MARK: String methods

    static func stringMatch(_ realm: Realm, _ this: Value, _ pattern: Value) throws -> Value {
        let string = try realm.thisString(this, "match")
        let (object, program) = try realm.regExp(from: pattern, flags: nil)
        if !program.flags.global { return try realm.regExpExec(object, program, string) }
        try realm.set(object: object, Names.lastIndex, .number(0))
        var matches: [Value] = []
        while let captures = try realm.regExpMatch(object, program, string) {
            try realm.chargeNewStrings(1, length: captures[1] - captures[0])
            matches.append(.string(string.slice(captures[0], captures[1])))
            if captures[0] == captures[1] { try realm.advanceLastIndex(object, string, program) }
        }
        return matches.isEmpty ? .null : .object(realm.newArray(matches))
    }

    static func stringMatchAll(_ realm: Realm, _ this: Value, _ pattern: Value) throws -> Value {
        let string = try realm.thisString(this, "matchAll")
        if case .object(let object) = pattern, case .regexp(let data) = object.kind, !data.program.flags.global {
            throw realm.typeError("String.prototype.matchAll called with a non-global RegExp argument")
        }
        let (object, program) = try realm.regExp(from: pattern, flags: "g")
        let copy = realm.makeRegExp(program)
        try realm.set(object: copy, Names.lastIndex, try realm.get(object: object, Names.lastIndex, receiver: .object(object)))
        var results: [Value] = []
        while let captures = try realm.regExpMatch(copy, program, string) {
            try realm.chargeNewObjects(1, values: captures.count / 2 + 3)
            results.append(realm.matchResult(program, string, captures))
            if captures[0] == captures[1] { try realm.advanceLastIndex(copy, string, program) }
        }
        return .object(realm.newArray(results))
    }

    static func stringSearch(_ realm: Realm, _ this: Value, _ pattern: Value) throws -> Value {
        let string = try realm.thisString(this, "search")
        let (object, program) = try realm.regExp(from: pattern, flags: nil)
        let saved = try realm.get(object: object, Names.lastIndex, receiver: .object(object))
        try realm.set(object: object, Names.lastIndex, .number(0))
        let captures = try realm.regExpMatch(object, program, string, ignoreGlobal: true)
        try realm.set(object: object, Names.lastIndex, saved)
        return .number(Double(captures?[0] ?? -1))
    }

    static func stringReplace(_ realm: Realm, _ this: Value, _ arguments: Arguments, all: Bool) throws -> Value {
        let string = try realm.thisString(this, all ? "replaceAll" : "replace")
        let replacement = arguments[1]
        let replaceFunction = replacement.isCallable ? replacement : nil
        let replaceText = replaceFunction == nil ? try realm.toString(replacement) : .empty
        var matches: [(captures: [Int], program: RegExpProgram?)] = []
        if case .object(let object) = arguments[0], case .regexp(let data) = object.kind {
            let program = data.program
            if all && !program.flags.global {
                throw realm.typeError("replaceAll must be called with a global RegExp")
            }
            if program.flags.global {
                try realm.set(object: object, Names.lastIndex, .number(0))
                while let captures = try realm.regExpMatch(object, program, string) {
                    try realm.chargeNewValues(captures.count + 2)
                    matches.append((captures, program))
                    if captures[0] == captures[1] { try realm.advanceLastIndex(object, string, program) }
                }
            } else if let captures = try realm.regExpMatch(object, program, string) {
                matches.append((captures, program))
            }
        } else {
            let search = try realm.toString(arguments[0])
            var from = 0
            try realm.charge(string.count)
            while let found = string.firstIndex(of: search, from: from) {
                try realm.chargeNewValues(4)
                matches.append(([found, found + search.count], nil))
                if !all { break }
                from = found + max(search.count, 1)
                if from > string.count { break }
            }
        }
        var output: [UInt16] = []
        var last = 0
        for (captures, program) in matches {
            output.append(contentsOf: string.units[last..<captures[0]])
            let piece: JSString
            if let replaceFunction {
                var callArguments: [Value] = []
                for group in 0..<(captures.count / 2) {
                    let start = captures[group * 2]
                    let end = captures[group * 2 + 1]
                    callArguments.append(start >= 0 && end >= start ? .string(string.slice(start, end)) : .undefined)
                }
                callArguments.append(.number(Double(captures[0])))
                callArguments.append(.string(string))
                if let program, program.groupNames.contains(where: { $0 != nil }) {
                    callArguments.append(realm.groupsObject(program, string, captures))
                }
                piece = try realm.toString(try realm.call(replaceFunction, this: .undefined, arguments: callArguments))
            } else {
                piece = try realm.substitution(replaceText, string, captures, program: program)
            }
            output.append(contentsOf: piece.units)
            if output.count > realm.limits.maxStringLength { try realm.checkString(length: output.count) }
            last = captures[1]
        }
        output.append(contentsOf: string.units[last...])
        return .string(try realm.makeString(output))
    }

    /// `split` with a RegExp separator (the specification's sticky-match loop).
    static func split(_ realm: Realm, _ program: RegExpProgram, _ string: JSString, limit: Value) throws -> Value {
        let limit = limit.isUndefined ? UInt32.max : try realm.toUInt32(limit)
        if limit == 0 { return .object(realm.newArray()) }
        var matcher = RegExpMatcher(program: program, input: string.units, realm: realm)
        if string.isEmpty {
            return .object(realm.newArray(try matcher.match(at: 0) != nil ? [] : [.string(string)]))
        }
        var parts: [Value] = []
        var lastEnd = 0
        var position = 0
        while position < string.count {
            guard let captures = try matcher.match(at: position) else {
                position = realm.advance(string, position, unicode: program.flags.unicode)
                continue
            }
            let end = min(captures[1], string.count)
            if end == lastEnd {
                position = realm.advance(string, position, unicode: program.flags.unicode)
                continue
            }
            try realm.chargeNewStrings(1 + program.captureCount, length: position - lastEnd)
            parts.append(.string(string.slice(lastEnd, position)))
            if parts.count >= Int(limit) { return .object(realm.newArray(parts)) }
            for group in 1...max(1, program.captureCount) where group <= program.captureCount {
                let start = captures[group * 2]
                let groupEnd = captures[group * 2 + 1]
                parts.append(start >= 0 && groupEnd >= start ? .string(string.slice(start, groupEnd)) : .undefined)
                if parts.count >= Int(limit) { return .object(realm.newArray(parts)) }
            }
            lastEnd = end
            position = end
        }
        parts.append(.string(string.slice(lastEnd, string.count)))
        return .object(realm.newArray(parts))
    }
}
