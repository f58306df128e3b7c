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
    func substitution(_ template: JSString, _ string: JSString, _ captures: [Int], program: RegExpProgram?) throws -> JSString {
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
            if output.count > limits.maxStringLength { try checkString(length: output.count) }
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
        return try makeString(output)
    }
}
