/// Runs a `RegExpProgram` against UTF-16 input with JavaScript's backtracking semantics.
///
/// Backtracking uses an explicit stack (choice points plus an undo log of capture and register
/// writes), never the Swift stack, so long inputs cannot overflow it; every executed
/// instruction is charged to the realm's step budget, so catastrophic patterns end with the
/// budget error instead of hanging.
struct RegExpMatcher {
    private enum Backtrack {
        case choice(pc: Int, position: Int)
        case capture(slot: Int, old: Int)
        case register(index: Int, old: Int)
        case greedyRepeat(pc: Int, base: Int, count: Int, min: Int)
        case lazyRepeat(pc: Int, base: Int, count: Int)
    }

    let program: RegExpProgram
    let input: [UInt16]
    private let unicode: Bool
    private var captures: [Int]
    private var registers: [Int]
    private var stack: [Backtrack] = []
    private var pendingSteps = 0
    private let realm: Realm

    init(program: RegExpProgram, input: [UInt16], realm: Realm) {
        self.program = program
        self.input = input
        self.realm = realm
        unicode = program.flags.unicode
        captures = Array(repeating: -1, count: (program.captureCount + 1) * 2)
        registers = Array(repeating: 0, count: program.registerCount)
    }

    /// Tries to match starting exactly at `start`; returns the capture positions (pairs of
    /// start/end, -1 for unmatched groups) or nil.
    mutating func match(at start: Int) throws -> [Int]? {
        for index in captures.indices { captures[index] = -1 }
        stack.removeAll(keepingCapacity: true)
        defer { flushSteps() }
        guard let end = try run(code: 0, from: start, base: 0) else {
            try chargeSteps()
            return nil
        }
        captures[0] = start
        captures[1] = end
        return captures
    }

    private mutating func chargeSteps() throws {
        let steps = pendingSteps
        pendingSteps = 0
        try realm.step(steps)
    }

    private mutating func flushSteps() {
        realm.stepsRemaining -= pendingSteps
        pendingSteps = 0
    }

    // MARK: Reading characters

    @inline(__always)
    private func characterAfter(_ position: Int) -> (UInt32, Int)? {
        guard position < input.count else { return nil }
        let unit = input[position]
        if unicode, unit >= 0xD800, unit <= 0xDBFF, position + 1 < input.count {
            let next = input[position + 1]
            if next >= 0xDC00, next <= 0xDFFF {
                return ((UInt32(unit) - 0xD800) << 10 + (UInt32(next) - 0xDC00) + 0x10000, 2)
            }
        }
        return (UInt32(unit), 1)
    }

    @inline(__always)
    private func characterBefore(_ position: Int) -> (UInt32, Int)? {
        guard position > 0 else { return nil }
        let unit = input[position - 1]
        if unicode, unit >= 0xDC00, unit <= 0xDFFF, position >= 2 {
            let previous = input[position - 2]
            if previous >= 0xD800, previous <= 0xDBFF {
                return ((UInt32(previous) - 0xD800) << 10 + (UInt32(unit) - 0xDC00) + 0x10000, 2)
            }
        }
        return (UInt32(unit), 1)
    }

    private func isWord(at position: Int) -> Bool {
        position >= 0 && position < input.count && RegExpProgram.isWordCharacter(UInt32(input[position]))
    }

    // MARK: Undo log

    @inline(__always)
    private mutating func setCapture(_ slot: Int, _ value: Int) {
        if !stack.isEmpty { stack.append(.capture(slot: slot, old: captures[slot])) }
        captures[slot] = value
    }

    @inline(__always)
    private mutating func setRegister(_ index: Int, _ value: Int) {
        if !stack.isEmpty { stack.append(.register(index: index, old: registers[index])) }
        registers[index] = value
    }

    // MARK: Execution

    /// Runs `codes[code]` from `position`; returns the end position on success. Choice points
    /// above `base` belong to this run; on failure the stack is unwound to `base`.
    private mutating func run(code codeIndex: Int, from start: Int, base: Int) throws -> Int? {
        let code = program.codes[codeIndex]
        let instructions = code.instructions
        let backward = code.isBackward
        var pc = 0
        var position = start
        while true {
            pendingSteps += 1
            if pendingSteps >= 4096 { try chargeSteps() }
            var failed = false
            switch instructions[pc] {
            case .test(let test):
                if let (character, width) = backward ? characterBefore(position) : characterAfter(position),
                   test.matches(character, unicode: unicode)
                {
                    position += backward ? -width : width
                    pc += 1
                } else {
                    failed = true
                }
            case .lineStart(let multiline):
                if position == 0 || (multiline && RegExpProgram.isLineTerminator(UInt32(input[position - 1]))) {
                    pc += 1
                } else {
                    failed = true
                }
            case .lineEnd(let multiline):
                if position == input.count || (multiline && RegExpProgram.isLineTerminator(UInt32(input[position]))) {
                    pc += 1
                } else {
                    failed = true
                }
            case .wordBoundary(let negated):
                let boundary = isWord(at: position - 1) != isWord(at: position)
                if boundary != negated { pc += 1 } else { failed = true }
            case .split(let first, let second):
                stack.append(.choice(pc: second, position: position))
                pc = first
            case .jump(let target):
                pc = target
            case .save(let slot):
                setCapture(slot, position)
                pc += 1
            case .clearCaptures(let from, let to):
                for slot in from..<to where captures[slot] != -1 { setCapture(slot, -1) }
                pc += 1
            case .namedBackreference(let groups, let ignoreCase):
                let group = groups.first { captures[$0 * 2] >= 0 && captures[$0 * 2 + 1] >= 0 } ?? groups[0]
                if let end = matchBackreference(group, at: position, backward: backward, ignoreCase: ignoreCase) {
                    position = end
                    pc += 1
                } else {
                    failed = true
                }
            case .backreference(let group, let ignoreCase):
                if let end = matchBackreference(group, at: position, backward: backward, ignoreCase: ignoreCase) {
                    position = end
                    pc += 1
                } else {
                    failed = true
                }
            case .lookaround(let index, let negated):
                if try lookaround(index, negated: negated, at: position) { pc += 1 } else { failed = true }
            case .setRegister(let index, let value):
                setRegister(index, value)
                pc += 1
            case .loopHead(let counter, let min, let max, let greedy, let mandatory, let optional, let exit):
                let count = registers[counter]
                if count < min {
                    pc = mandatory
                } else if let max, count >= max {
                    pc = exit
                } else if greedy {
                    stack.append(.choice(pc: exit, position: position))
                    pc = optional
                } else {
                    stack.append(.choice(pc: optional, position: position))
                    pc = exit
                }
            case .markPosition(let register):
                setRegister(register, position)
                pc += 1
            case .loopTail(let counter, let mark, let head):
                let markValue = registers[mark]
                if markValue != -1 && markValue == position {
                    failed = true
                } else {
                    setRegister(counter, registers[counter] + 1)
                    pc = head
                }
            case .simpleRepeat(let test, let min, let max, let greedy):
                let step = backward ? -1 : 1
                if greedy {
                    var count = 0
                    let limit = max ?? Int.max
                    var cursor = position
                    while count < limit {
                        let index = backward ? cursor - 1 : cursor
                        guard index >= 0, index < input.count, test.matches(UInt32(input[index]), unicode: false) else { break }
                        cursor += step
                        count += 1
                    }
                    pendingSteps += count
                    if count < min {
                        failed = true
                    } else {
                        if count > min { stack.append(.greedyRepeat(pc: pc + 1, base: position, count: count, min: min)) }
                        position = cursor
                        pc += 1
                    }
                } else {
                    var count = 0
                    var cursor = position
                    while count < min {
                        let index = backward ? cursor - 1 : cursor
                        guard index >= 0, index < input.count, test.matches(UInt32(input[index]), unicode: false) else { break }
                        cursor += step
                        count += 1
                    }
                    pendingSteps += count
                    if count < min {
                        failed = true
                    } else {
                        if max.map({ min < $0 }) ?? true {
                            stack.append(.lazyRepeat(pc: pc, base: position, count: min))
                        }
                        position = cursor
                        pc += 1
                    }
                }
            case .match:
                return position
            }
            if failed {
                guard let resume = try backtrack(to: base, instructions: instructions, backward: backward) else { return nil }
                (pc, position) = resume
            }
        }
    }

    /// Pops the stack to the most recent choice point above `base`, undoing writes on the way.
    private mutating func backtrack(to base: Int, instructions: [RegExpInstruction], backward: Bool) throws -> (Int, Int)? {
        while stack.count > base {
            pendingSteps += 1
            switch stack.removeLast() {
            case .choice(let pc, let position):
                return (pc, position)
            case .capture(let slot, let old):
                captures[slot] = old
            case .register(let index, let old):
                registers[index] = old
            case .greedyRepeat(let pc, let base, let count, let min):
                let remaining = count - 1
                if remaining > min { stack.append(.greedyRepeat(pc: pc, base: base, count: remaining, min: min)) }
                return (pc, base + (backward ? -remaining : remaining))
            case .lazyRepeat(let pc, let base, let count):
                guard case .simpleRepeat(let test, _, let max, _) = instructions[pc] else { continue }
                let cursor = base + (backward ? -count : count)
                let index = backward ? cursor - 1 : cursor
                guard index >= 0, index < input.count, test.matches(UInt32(input[index]), unicode: false) else { continue }
                let grown = count + 1
                if max.map({ grown < $0 }) ?? true { stack.append(.lazyRepeat(pc: pc, base: base, count: grown)) }
                return (pc + 1, cursor + (backward ? -1 : 1))
            }
        }
        return nil
    }

    private func matchBackreference(_ group: Int, at position: Int, backward: Bool, ignoreCase: Bool) -> Int? {
        guard group >= 0, group * 2 + 1 < captures.count else { return position }
        let start = captures[group * 2]
        let end = captures[group * 2 + 1]
        guard start >= 0, end >= start else { return position }
        let length = end - start
        let from = backward ? position - length : position
        guard from >= 0, from + length <= input.count else { return nil }
        for offset in 0..<length {
            let expected = UInt32(input[start + offset])
            let actual = UInt32(input[from + offset])
            if expected == actual { continue }
            if ignoreCase,
               CaseFolding.canonicalize(expected, unicode: unicode) == CaseFolding.canonicalize(actual, unicode: unicode)
            {
                continue
            }
            return nil
        }
        return backward ? from : position + length
    }

    /// Runs a lookaround at `position`; lookarounds are atomic (no backtracking into them).
    private mutating func lookaround(_ index: Int, negated: Bool, at position: Int) throws -> Bool {
        let snapshot = captures
        let base = stack.count
        // A choice point below the sub-run makes capture writes inside it logged.
        stack.append(.choice(pc: -1, position: -1))
        let matched = try run(code: index, from: position, base: base + 1) != nil
        stack.removeSubrange(base...)
        if matched == negated {
            captures = snapshot
            return false
        }
        if negated {
            captures = snapshot
            return true
        }
        if !stack.isEmpty {
            for slot in captures.indices where captures[slot] != snapshot[slot] {
                stack.append(.capture(slot: slot, old: snapshot[slot]))
            }
        }
        return true
    }
}
