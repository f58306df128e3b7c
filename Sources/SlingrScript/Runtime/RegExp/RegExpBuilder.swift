/// Lowers a pattern tree to instructions.
struct RegExpBuilder {
    let flags: RegExpFlags
    var codes: [RegExpCode] = [RegExpCode()]
    var registerCount = 0
    private var depth = 0
    /// The flags modifiers groups can switch, as they are at the node being compiled.
    private var ignoreCase: Bool
    private var multiline: Bool
    private var dotAll: Bool

    init(flags: RegExpFlags) {
        self.flags = flags
        ignoreCase = flags.ignoreCase
        multiline = flags.multiline
        dotAll = flags.dotAll
    }

    mutating func compileProgram(_ node: RegExpNode, backward: Bool) throws -> RegExpCode {
        var code = RegExpCode(instructions: [], isBackward: backward)
        try emit(node, into: &code)
        code.instructions.append(.match)
        return code
    }

    private mutating func newRegister() -> Int {
        registerCount += 1
        return registerCount - 1
    }

    private mutating func emit(_ node: RegExpNode, into code: inout RegExpCode) throws {
        depth += 1
        defer { depth -= 1 }
        if depth > 500 { throw RegExpUnsupported(message: "Invalid regular expression: pattern is nested too deeply") }
        switch node {
        case .empty:
            break
        case .character(let character):
            code.instructions.append(.test(characterTest(character)))
        case .dot:
            code.instructions.append(.test(.any(dotAll: dotAll)))
        case .characterClass(let characterClass):
            code.instructions.append(.test(try classTest(characterClass)))
        case .lineStart:
            code.instructions.append(.lineStart(multiline: multiline))
        case .lineEnd:
            code.instructions.append(.lineEnd(multiline: multiline))
        case .wordBoundary(let negated):
            code.instructions.append(.wordBoundary(negated: negated))
        case .sequence(let terms):
            let ordered = code.isBackward ? terms.reversed() : terms
            for term in ordered { try emit(term, into: &code) }
        case .disjunction(let alternatives):
            // split L1, next; L1: alt1; jump end; next: split L2, next2; ...
            var jumpsToEnd: [Int] = []
            for (index, alternative) in alternatives.enumerated() {
                if index < alternatives.count - 1 {
                    let split = code.instructions.count
                    code.instructions.append(.split(first: split + 1, second: -1))
                    try emit(alternative, into: &code)
                    jumpsToEnd.append(code.instructions.count)
                    code.instructions.append(.jump(-1))
                    code.instructions[split] = .split(first: split + 1, second: code.instructions.count)
                } else {
                    try emit(alternative, into: &code)
                }
            }
            let end = code.instructions.count
            for position in jumpsToEnd { code.instructions[position] = .jump(end) }
        case .group(let inner, let captureIndex, _):
            if let captureIndex {
                let startSlot = captureIndex * 2
                code.instructions.append(.save(slot: code.isBackward ? startSlot + 1 : startSlot))
                try emit(inner, into: &code)
                code.instructions.append(.save(slot: code.isBackward ? startSlot : startSlot + 1))
            } else {
                try emit(inner, into: &code)
            }
        case .backreference(let group):
            code.instructions.append(.backreference(group: group, ignoreCase: ignoreCase))
        case .namedBackreference(let groups):
            code.instructions.append(.namedBackreference(groups: groups, ignoreCase: ignoreCase))
        case .modified(let inner, let newIgnoreCase, let newMultiline, let newDotAll):
            let saved = (ignoreCase, multiline, dotAll)
            ignoreCase = newIgnoreCase ?? ignoreCase
            multiline = newMultiline ?? multiline
            dotAll = newDotAll ?? dotAll
            defer { (ignoreCase, multiline, dotAll) = saved }
            try emit(inner, into: &code)
        case .lookaround(let inner, let isBehind, let isNegated):
            let index = codes.count
            codes.append(RegExpCode())
            codes[index] = try compileProgram(inner, backward: isBehind)
            code.instructions.append(.lookaround(program: index, negated: isNegated))
        case .quantified(let atom, let quantifier):
            try emitQuantified(atom, quantifier, into: &code)
        }
    }

    private mutating func emitQuantified(_ atom: RegExpNode, _ quantifier: RegExpQuantifier, into code: inout RegExpCode) throws {
        if let max = quantifier.max, max == 0 { return }
        if !flags.unicode, let test = singleCharacterTest(atom) {
            code.instructions.append(
                .simpleRepeat(test, min: quantifier.min, max: quantifier.max, greedy: quantifier.isGreedy))
            return
        }
        let counter = newRegister()
        let mark = newRegister()
        code.instructions.append(.setRegister(counter, 0))
        let head = code.instructions.count
        code.instructions.append(.jump(-1))  // placeholder for loopHead
        let optional = code.instructions.count
        code.instructions.append(.markPosition(register: mark))
        code.instructions.append(.jump(-1))  // to body
        let mandatory = code.instructions.count
        code.instructions.append(.setRegister(mark, -1))
        let body = code.instructions.count
        code.instructions[optional + 1] = .jump(body)
        let inside = quantifier.capturesInside
        if !inside.isEmpty {
            code.instructions.append(.clearCaptures(from: inside.lowerBound * 2, to: inside.upperBound * 2))
        }
        try emit(atom, into: &code)
        code.instructions.append(.loopTail(counter: counter, mark: mark, head: head))
        let exit = code.instructions.count
        code.instructions[head] = .loopHead(
            counter: counter, min: quantifier.min, max: quantifier.max, greedy: quantifier.isGreedy,
            mandatory: mandatory, optional: optional, exit: exit)
    }

    private func singleCharacterTest(_ node: RegExpNode) -> CharacterTest? {
        switch node {
        case .character(let character): return characterTest(character)
        case .dot: return .any(dotAll: dotAll)
        case .characterClass(let characterClass): return try? classTest(characterClass)
        default: return nil
        }
    }

    private func characterTest(_ character: UInt32) -> CharacterTest {
        if ignoreCase {
            return .characterIgnoringCase(CaseFolding.canonicalize(character, unicode: flags.unicode))
        }
        return .character(character)
    }

    private func classTest(_ characterClass: RegExpCharacterClass) throws -> CharacterTest {
        var set = CharacterSet(negated: characterClass.isNegated)
        for item in characterClass.items {
            switch item {
            case .character(let character): set.add(character, character)
            case .range(let lower, let upper): set.add(lower, upper)
            case .builtin(let builtin): set.add(builtin: builtin)
            case .unicodeProperty(let property):
                throw RegExpUnsupported(
                    message: "Invalid regular expression: Unicode property escape \\p{\(property.name)} is not supported")
            }
        }
        set.finish()
        return .set(set, ignoreCase: ignoreCase, unicode: flags.unicode)
    }
}
