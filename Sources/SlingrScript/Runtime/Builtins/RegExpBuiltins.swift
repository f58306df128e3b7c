/// The compiled program and state of a RegExp object (`lastIndex` is an ordinary property).
final class RegExpData {
    let program: RegExpProgram

    init(program: RegExpProgram) { self.program = program }
}

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
                piece = realm.substitution(replaceText, string, captures, program: program)
            }
            output.append(contentsOf: piece.units)
            if output.count > realm.limits.maxStringLength { try realm.checkString(length: output.count) }
            last = captures[1]
        }
        output.append(contentsOf: string.units[last...])
        try realm.checkString(length: output.count)
        return .string(JSString(units: output))
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

extension Realm {
    func makeRegExp(_ program: RegExpProgram) -> JSObject {
        let object = register(JSObject(prototype: regexpPrototype, kind: .regexp(RegExpData(program: program))))
        object.properties.append(Names.lastIndex, .number(0), flags: .writable)
        return object
    }

    /// A RegExp from a `match`/`search` argument: RegExps as they are, anything else compiled.
    func regExp(from value: Value, flags: String?) throws -> (JSObject, RegExpProgram) {
        if case .object(let object) = value, case .regexp(let data) = object.kind { return (object, data.program) }
        let source: JSString = value.isUndefined ? .empty : try toString(value)
        let created = try construct(
            globalObject.properties.find("RegExp").map { globalObject.properties.value(at: $0) } ?? .undefined,
            arguments: [.string(source), flags.map { .string(JSString($0)) } ?? .undefined])
        guard case .object(let object) = created, case .regexp(let data) = object.kind else {
            throw typeError("RegExp is not available")
        }
        return (object, data.program)
    }

    /// RegExpBuiltinExec without building the result: runs from `lastIndex` as the flags say
    /// and updates `lastIndex`; returns the capture positions.
    func regExpMatch(_ object: JSObject, _ program: RegExpProgram, _ string: JSString, ignoreGlobal: Bool = false) throws -> [Int]? {
        let global = program.flags.global && !ignoreGlobal
        let sticky = program.flags.sticky
        var lastIndex = 0
        if global || sticky {
            let value = try toInteger(try get(object: object, Names.lastIndex, receiver: .object(object)))
            lastIndex = value <= 0 ? 0 : Int(min(value, Double(string.count + 1)))
        }
        var matcher = RegExpMatcher(program: program, input: string.units, realm: self)
        var position = lastIndex
        while true {
            if position > string.count {
                if global || sticky { try set(object: object, Names.lastIndex, .number(0)) }
                return nil
            }
            if let captures = try matcher.match(at: position) {
                if global || sticky { try set(object: object, Names.lastIndex, .number(Double(captures[1]))) }
                return captures
            }
            if sticky {
                try set(object: object, Names.lastIndex, .number(0))
                return nil
            }
            position = advance(string, position, unicode: program.flags.unicode)
        }
    }

    func regExpExec(_ object: JSObject, _ program: RegExpProgram, _ string: JSString) throws -> Value {
        guard let captures = try regExpMatch(object, program, string) else { return .null }
        return matchResult(program, string, captures)
    }

    /// The array `exec` returns: the match, the groups, `index`, `input`, `groups`.
    func matchResult(_ program: RegExpProgram, _ string: JSString, _ captures: [Int]) -> Value {
        var items: [Value] = []
        for group in 0..<(captures.count / 2) {
            let start = captures[group * 2]
            let end = captures[group * 2 + 1]
            items.append(start >= 0 && end >= start ? .string(string.slice(start, end)) : .undefined)
        }
        let array = newArray(items)
        array.properties.append(Names.index, .number(Double(captures[0])))
        array.properties.append(Names.input, .string(string))
        let hasNames = program.groupNames.contains { $0 != nil }
        array.properties.append(Names.groups, hasNames ? groupsObject(program, string, captures) : .undefined)
        return .object(array)
    }

    func groupsObject(_ program: RegExpProgram, _ string: JSString, _ captures: [Int]) -> Value {
        let groups = newObject(prototype: nil)
        for (index, name) in program.groupNames.enumerated() {
            guard let name else { continue }
            let start = captures[(index + 1) * 2]
            let end = captures[(index + 1) * 2 + 1]
            groups.defineOwn(JSString(name), start >= 0 && end >= start ? .string(string.slice(start, end)) : .undefined)
        }
        return .object(groups)
    }

    func advance(_ string: JSString, _ index: Int, unicode: Bool) -> Int {
        if unicode, index + 1 < string.count, string[index] >= 0xD800, string[index] <= 0xDBFF,
           string[index + 1] >= 0xDC00, string[index + 1] <= 0xDFFF
        {
            return index + 2
        }
        return index + 1
    }

    func advanceLastIndex(_ object: JSObject, _ string: JSString, _ program: RegExpProgram) throws {
        let current = try toInteger(try get(object: object, Names.lastIndex, receiver: .object(object)))
        try set(object: object, Names.lastIndex, .number(Double(advance(string, Int(max(0, current)), unicode: program.flags.unicode))))
    }

    /// GetSubstitution: `$$`, `$&`, `` $` ``, `$'`, `$1`..`$99`, `$<name>`.
    func substitution(_ template: JSString, _ string: JSString, _ captures: [Int], program: RegExpProgram?) -> JSString {
        let units = template.units
        guard units.contains(0x24) else { return template }
        let groupCount = captures.count / 2 - 1
        var output: [UInt16] = []
        var index = 0
        func group(_ number: Int) -> [UInt16] {
            let start = captures[number * 2]
            let end = captures[number * 2 + 1]
            return start >= 0 && end >= start ? Array(string.units[start..<end]) : []
        }
        while index < units.count {
            let unit = units[index]
            guard unit == 0x24, index + 1 < units.count else {
                output.append(unit)
                index += 1
                continue
            }
            let next = units[index + 1]
            switch next {
            case 0x24:
                output.append(0x24)
                index += 2
            case 0x26:
                output.append(contentsOf: string.units[captures[0]..<captures[1]])
                index += 2
            case 0x60:
                output.append(contentsOf: string.units[0..<captures[0]])
                index += 2
            case 0x27:
                output.append(contentsOf: string.units[min(captures[1], string.count)...])
                index += 2
            case 0x30...0x39:
                let first = Int(next - 0x30)
                if index + 2 < units.count, units[index + 2] >= 0x30, units[index + 2] <= 0x39 {
                    let two = first * 10 + Int(units[index + 2] - 0x30)
                    if two >= 1 && two <= groupCount {
                        output.append(contentsOf: group(two))
                        index += 3
                        continue
                    }
                }
                if first >= 1 && first <= groupCount {
                    output.append(contentsOf: group(first))
                    index += 2
                } else {
                    output.append(0x24)
                    index += 1
                }
            case 0x3C:
                guard let program, program.groupNames.contains(where: { $0 != nil }),
                      let close = units[(index + 2)...].firstIndex(of: 0x3E)
                else {
                    output.append(0x24)
                    index += 1
                    continue
                }
                let name = JSString(units: Array(units[(index + 2)..<close])).string
                if let position = program.groupNames.firstIndex(where: { $0 == name }) {
                    output.append(contentsOf: group(position + 1))
                }
                index = close + 1
            default:
                output.append(0x24)
                index += 1
            }
        }
        return JSString(units: output)
    }
}
