/// `RegExp`, `RegExp.prototype` (`exec`, `test`, `toString`) and the regular-expression parts
/// of `String.prototype` (`match`, `matchAll`, `replace`, `replaceAll`, `search`, `split`).
///
/// `matchAll` returns an array of match results instead of an iterator (enough for `for-of`,
/// spread and `Array.from`).
enum RegExpBuiltins {
    static let constructor = BuiltinSpec(
        "RegExp", 2,
        construct: { realm, arguments, newTarget in
            let prototype = try realm.prototype(for: newTarget, fallback: realm.regexpPrototype)
            return .object(try RegExpBuiltins.create(realm, arguments, prototype: prototype))
        }
    ) { realm, _, arguments in
        if case .object(let object) = arguments[0], case .regexp = object.kind, arguments[1].isUndefined {
            let constructor = try realm.get(object: object, Names.constructor, receiver: arguments[0])
            if case .object(let function) = constructor, function === realm.intrinsicRegExpConstructor { return arguments[0] }
        }
        return .object(try RegExpBuiltins.create(realm, arguments, prototype: realm.regexpPrototype))
    }

    /// RegExpCreate: the source and flags of a RegExp argument, or both arguments as strings.
    private static func create(_ realm: Realm, _ arguments: Arguments, prototype: JSObject) throws -> JSObject {
        let source: JSString
        let flagsText: JSString
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
        try realm.charge(source.count)
        try realm.reserve(MemoryCensus.regExpBaseBytes + source.count * MemoryCensus.regExpBytesPerUnit)
        let pattern: RegExpPattern
        switch RegExpParser.parse(codeUnits: source.units, flags: flags) {
        case .success(let parsed): pattern = parsed
        case .failure(let error):
            throw realm.error(.syntaxError, "Invalid regular expression: /\(source.string)/\(flags.description): \(error.message)")
        }
        do {
            let object = realm.makeRegExp(try RegExpProgram(pattern: pattern, source: source, flags: flags))
            object.prototype = prototype
            return object
        } catch let error as RegExpUnsupported {
            throw realm.error(.syntaxError, error.message)
        }
    }

    static let statics = BuiltinGroup([
        BuiltinSpec("escape", 1) { realm, _, arguments in
            guard case .string(let string) = arguments[0] else { throw realm.typeError("RegExp.escape requires a string") }
            try realm.charge(string.count)
            return .string(try realm.makeString(RegExpBuiltins.escape(string)))
        },
    ])

    static let prototype = BuiltinGroup([
        BuiltinSpec("exec", 1) { realm, this, arguments in
            let (object, data) = try RegExpBuiltins.thisRegExp(realm, this, "exec")
            return try realm.regExpExec(object, data.program, try realm.toString(arguments[0]))
        },
        BuiltinSpec("test", 1) { realm, this, arguments in
            guard case .object(let object) = this else {
                throw realm.typeError("RegExp.prototype.test called on incompatible receiver \(try realm.describeForError(this))")
            }
            let string = try realm.toString(arguments[0])
            let exec = try realm.get(object: object, "exec", receiver: this)
            if case .object(let function) = exec, case .function(.native(let spec)) = function.kind,
               case .regexp(let data) = object.kind, spec === RegExpBuiltins.execSpec
            {
                return .bool(try realm.regExpMatch(object, data.program, string) != nil)
            }
            if exec.isCallable {
                let result = try realm.call(exec, this: this, arguments: [.string(string)])
                if case .null = result { return .false }
                guard result.asObject != nil else { throw realm.typeError("exec result must be an object or null") }
                return .true
            }
            let (regexp, data) = try RegExpBuiltins.thisRegExp(realm, this, "test")
            return .bool(try realm.regExpMatch(regexp, data.program, string) != nil)
        },
        BuiltinSpec("toString", 0) { realm, this, _ in
            guard case .object(let object) = this else {
                throw realm.typeError("RegExp.prototype.toString called on incompatible receiver \(try realm.describeForError(this))")
            }
            let source = try realm.toString(try realm.get(object: object, Names.source, receiver: this))
            let flags = try realm.toString(try realm.get(object: object, Names.flags, receiver: this))
            try realm.chargeNewString(source.count + flags.count + 2)
            return .string(JSString("/") + source + JSString("/") + flags)
        },
        BuiltinSpec("compile", 2) { realm, this, arguments in
            let (object, _) = try RegExpBuiltins.thisRegExp(realm, this, "compile")
            if case .object(let pattern) = arguments[0], case .regexp = pattern.kind, !arguments[1].isUndefined {
                throw realm.typeError("RegExp.prototype.compile: flags must be undefined when the pattern is a RegExp")
            }
            let fresh = try RegExpBuiltins.create(realm, arguments, prototype: realm.regexpPrototype)
            object.kind = fresh.kind
            try realm.set(object: object, Names.lastIndex, .number(0))
            return this
        },
    ])

    static var execSpec: BuiltinSpec? { prototype.specs["exec"] }

    static func thisRegExp(_ realm: Realm, _ this: Value, _ method: String) throws -> (JSObject, RegExpData) {
        if case .object(let object) = this, case .regexp(let data) = object.kind { return (object, data) }
        throw realm.typeError("RegExp.prototype.\(method) requires that 'this' be a RegExp object")
    }

    /// The accessors of `RegExp.prototype`: each flag, `source` and `flags`.
    static let accessors: [BuiltinSpec] = [
        flagGetter("hasIndices") { $0.hasIndices },
        flagGetter("global") { $0.global },
        flagGetter("ignoreCase") { $0.ignoreCase },
        flagGetter("multiline") { $0.multiline },
        flagGetter("dotAll") { $0.dotAll },
        flagGetter("unicode") { $0.unicode },
        flagGetter("unicodeSets") { _ in false },
        flagGetter("sticky") { $0.sticky },
        BuiltinSpec("get source", 0) { realm, this, _ in
            guard case .object(let object) = this else { throw realm.typeError("RegExp.prototype.source getter called on non-object \(try realm.describeForError(this))") }
            guard case .regexp(let data) = object.kind else {
                if object === realm.regexpPrototype { return .string("(?:)") }
                throw realm.typeError("RegExp.prototype.source getter called on non-RegExp object")
            }
            return .string(RegExpBuiltins.escapedSource(data.program.source))
        },
        BuiltinSpec("get flags", 0) { realm, this, _ in
            guard case .object(let object) = this else { throw realm.typeError("RegExp.prototype.flags getter called on non-object \(try realm.describeForError(this))") }
            var text = ""
            for (name, letter) in [("hasIndices", "d"), ("global", "g"), ("ignoreCase", "i"), ("multiline", "m"), ("dotAll", "s"),
                                   ("unicode", "u"), ("unicodeSets", "v"), ("sticky", "y")]
            where try realm.get(object: object, JSString(name), receiver: this).isTruthy {
                text += letter
            }
            return .string(JSString(text))
        },
    ]

    private static func flagGetter(_ name: String, _ flag: @escaping @Sendable (RegExpFlags) -> Bool) -> BuiltinSpec {
        BuiltinSpec(JSString("get " + name), 0) { realm, this, _ in
            guard case .object(let object) = this else {
                throw realm.typeError("RegExp.prototype.\(name) getter called on non-object \(try realm.describeForError(this))")
            }
            guard case .regexp(let data) = object.kind else {
                if object === realm.regexpPrototype { return .undefined }
                throw realm.typeError("RegExp.prototype.\(name) getter called on non-RegExp object")
            }
            return .bool(flag(data.program.flags))
        }
    }

    /// The flags of a program, for `display` and messages.
    static func accessor(_ program: RegExpProgram, _ key: JSString) -> Value? {
        switch key.string {
        case "source": return .string(escapedSource(program.source))
        case "flags": return .string(JSString(program.flags.description))
        default: return nil
        }
    }

    /// EscapeRegExpPattern: `/` and line terminators escaped so `/source/flags` reads back.
    static func escapedSource(_ source: JSString) -> JSString {
        if source.isEmpty { return "(?:)" }
        var units: [UInt16] = []
        var inClass = false
        var escaped = false
        for unit in source.units {
            if escaped {
                units.append(unit)
                escaped = false
                continue
            }
            switch unit {
            case 0x5C: units.append(unit); escaped = true
            case 0x5B: inClass = true; units.append(unit)
            case 0x5D: inClass = false; units.append(unit)
            case 0x2F where !inClass: units.append(contentsOf: [0x5C, 0x2F])
            case 0x0A: units.append(contentsOf: Array("\\n".utf16))
            case 0x0D: units.append(contentsOf: Array("\\r".utf16))
            case 0x2028: units.append(contentsOf: Array("\\u2028".utf16))
            case 0x2029: units.append(contentsOf: Array("\\u2029".utf16))
            default: units.append(unit)
            }
        }
        return JSString(units: units)
    }

    /// `RegExp.escape`: every character that could mean something in a pattern escaped.
    static func escape(_ string: JSString) -> [UInt16] {
        let syntax: Set<UInt16> = Set("^$\\.*+?()[]{}|/".utf16)
        let punctuators: Set<UInt16> = Set(",-=<>#&!%:;@~'`\"".utf16)
        let controls: [UInt16: UInt16] = [9: 0x74, 10: 0x6E, 11: 0x76, 12: 0x66, 13: 0x72]
        var output: [UInt16] = []
        func hex(_ value: UInt32, width: Int) -> [UInt16] {
            let digits = String(value, radix: 16)
            return Array((String(repeating: "0", count: max(0, width - digits.count)) + digits).utf16)
        }
        var index = 0
        let units = string.units
        while index < units.count {
            var codePoint = UInt32(units[index])
            var width = 1
            if units[index] >= 0xD800, units[index] <= 0xDBFF, index + 1 < units.count, units[index + 1] >= 0xDC00, units[index + 1] <= 0xDFFF {
                codePoint = 0x10000 + ((UInt32(units[index]) - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                width = 2
            }
            defer { index += width }
            let isASCIIAlphanumeric = (codePoint >= 0x30 && codePoint <= 0x39) || (codePoint >= 0x41 && codePoint <= 0x5A)
                || (codePoint >= 0x61 && codePoint <= 0x7A)
            if output.isEmpty, isASCIIAlphanumeric {
                output.append(contentsOf: Array("\\x".utf16) + hex(codePoint, width: 2))
                continue
            }
            if codePoint < 0x10000, syntax.contains(UInt16(codePoint)) {
                output.append(contentsOf: [0x5C, UInt16(codePoint)])
                continue
            }
            if let letter = controls[UInt16(truncatingIfNeeded: codePoint)], codePoint < 0x10000 {
                output.append(contentsOf: [0x5C, letter])
                continue
            }
            let isSpace = codePoint < 0x10000 && JSString.isWhitespace(UInt16(codePoint))
            let isLoneSurrogate = width == 1 && codePoint >= 0xD800 && codePoint <= 0xDFFF
            if (codePoint < 0x10000 && punctuators.contains(UInt16(codePoint))) || isSpace || isLoneSurrogate {
                if codePoint <= 0xFF {
                    output.append(contentsOf: Array("\\x".utf16) + hex(codePoint, width: 2))
                } else {
                    output.append(contentsOf: Array("\\u".utf16) + hex(codePoint, width: 4))
                }
                continue
            }
            output.append(contentsOf: units[index..<(index + width)])
        }
        return output
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
        return .object(realm.makeArrayIterator(realm.newArray(results), kind: .values))
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
        var searchString: JSString?
        if case .object(let object) = arguments[0], case .regexp = object.kind {} else {
            // The search value is converted before the replacement.
            searchString = try realm.toString(arguments[0])
        }
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
            let search = searchString ?? .empty
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
