/// Parses regular-expression patterns into `RegExpPattern` trees, validating them as V8 does.
///
/// Without the `u` flag the Annex B (web compatibility) grammar applies: lone `]`, `{` and `}`
/// are literal characters, unknown escapes are identity escapes, `\1` beyond the number of groups
/// is a legacy octal escape, and lookaheads may be quantified. With `u` the strict grammar
/// applies and `\p{...}`, `\u{...}` are available.
///
/// Used for literals at parse time and, by the interpreter, for `new RegExp(source, flags)`.
public enum RegExpParser {
    /// Parses `pattern` (the text between the slashes, or a `RegExp` constructor argument).
    public static func parse(_ pattern: String, flags: RegExpFlags) -> Result<RegExpPattern, RegExpSyntaxError> {
        parse(codeUnits: Array(pattern.utf16), flags: flags)
    }

    /// Parses a pattern given as UTF-16 code units (JavaScript strings may hold lone surrogates).
    public static func parse(codeUnits: [UInt16], flags: RegExpFlags) -> Result<RegExpPattern, RegExpSyntaxError> {
        var characters: [UInt32] = []
        characters.reserveCapacity(codeUnits.count)
        var index = 0
        while index < codeUnits.count {
            let unit = codeUnits[index]
            if flags.unicode, unit >= 0xD800, unit <= 0xDBFF, index + 1 < codeUnits.count,
               codeUnits[index + 1] >= 0xDC00, codeUnits[index + 1] <= 0xDFFF {
                let high = UInt32(unit - 0xD800)
                let low = UInt32(codeUnits[index + 1] - 0xDC00)
                characters.append(0x10000 + (high << 10) + low)
                index += 2
            } else {
                characters.append(UInt32(unit))
                index += 1
            }
        }
        var parser = RegExpPatternParser(characters: characters, flags: flags, knownNames: nil)
        do {
            let pattern = try parser.parsePattern()
            if parser.namedReferences.isEmpty { return .success(pattern) }
            // `\k<name>` may precede its group: parse again with every name known.
            var resolver = RegExpPatternParser(characters: characters, flags: flags, knownNames: pattern.groupNames)
            return .success(try resolver.parsePattern())
        } catch {
            return .failure(error)
        }
    }
}

/// Why a pattern is invalid: a V8-style message and the character index where it was found.
public struct RegExpSyntaxError: Error, Sendable, Hashable {
    public let message: String
    /// Index into the pattern (code points with `u`, UTF-16 code units without).
    public let index: Int

    public init(message: String, index: Int) {
        self.message = message
        self.index = index
    }
}

/// The recursive-descent parser behind `RegExpParser`.
struct RegExpPatternParser {
    let characters: [UInt32]
    let flags: RegExpFlags
    var unicode: Bool { flags.unicode }
    var index = 0
    var captureCount = 0
    var groupNames: [String?] = []
    /// Named references seen before the end of the pattern, checked once all groups are known.
    var namedReferences: [(name: String, index: Int)] = []
    /// Group names from a first pass, so named references resolve to indices.
    let knownNames: [String?]?
    /// Whether the pattern contains any named group; `\k` then must be a valid reference.
    let hasNamedGroups: Bool
    /// Total capturing groups in the pattern (pre-scanned, so forward references resolve).
    let totalCaptures: Int
    var depth = 0
    static let maximumDepth = 1_000
    /// The alternatives being parsed, outermost first: (disjunction number, alternative index).
    var alternativePath: [(disjunction: Int, alternative: Int)] = []
    var disjunctionCount = 0
    /// Where each group name was declared (its alternative path), for duplicate names.
    var namePaths: [String: [[(disjunction: Int, alternative: Int)]]] = [:]

    init(characters: [UInt32], flags: RegExpFlags, knownNames: [String?]?) {
        self.characters = characters
        self.flags = flags
        self.knownNames = knownNames
        let scan = RegExpPatternParser.prescan(characters)
        self.hasNamedGroups = scan.hasNamedGroups
        self.totalCaptures = scan.captures
    }

    /// Counts capturing groups and detects named groups, skipping escapes and classes.
    static func prescan(_ characters: [UInt32]) -> (captures: Int, hasNamedGroups: Bool) {
        var captures = 0
        var named = false
        var index = 0
        var inClass = false
        while index < characters.count {
            let character = characters[index]
            if character == 0x5C { // backslash
                index += 2
                continue
            }
            if inClass {
                if character == 0x5D { inClass = false }
            } else if character == 0x5B {
                inClass = true
            } else if character == 0x28 { // (
                if index + 1 < characters.count, characters[index + 1] == 0x3F { // ?
                    if index + 2 < characters.count, characters[index + 2] == 0x3C, // <
                       index + 3 < characters.count, characters[index + 3] != 0x3D, characters[index + 3] != 0x21 {
                        captures += 1
                        named = true
                    }
                } else {
                    captures += 1
                }
            }
            index += 1
        }
        return (captures, named)
    }

    // MARK: - Helpers

    var atEnd: Bool { index >= characters.count }

    func peek(_ offset: Int = 0) -> UInt32? {
        let position = index + offset
        return position < characters.count ? characters[position] : nil
    }

    func peekIs(_ ascii: Unicode.Scalar, _ offset: Int = 0) -> Bool {
        peek(offset) == ascii.value
    }

    mutating func eat(_ ascii: Unicode.Scalar) -> Bool {
        if peekIs(ascii) { index += 1; return true }
        return false
    }

    func error(_ message: String) -> RegExpSyntaxError {
        RegExpSyntaxError(message: message, index: index)
    }

    // MARK: - Structure

    mutating func parsePattern() throws(RegExpSyntaxError) -> RegExpPattern {
        let root = try parseDisjunction()
        if !atEnd {
            if peekIs(")") { throw error("Unmatched ')'") }
            throw error("Unexpected character")
        }
        for reference in namedReferences where !groupNames.contains(where: { $0 == reference.name }) {
            throw RegExpSyntaxError(message: "Invalid named capture referenced", index: reference.index)
        }
        return RegExpPattern(root: root, captureCount: captureCount, groupNames: groupNames, flags: flags)
    }

    mutating func parseDisjunction() throws(RegExpSyntaxError) -> RegExpNode {
        depth += 1
        defer { depth -= 1 }
        if depth > RegExpPatternParser.maximumDepth { throw error("Nesting too deep") }
        disjunctionCount += 1
        alternativePath.append((disjunctionCount, 0))
        defer { alternativePath.removeLast() }
        var alternatives = [try parseAlternative()]
        while eat("|") {
            alternativePath[alternativePath.count - 1].alternative += 1
            alternatives.append(try parseAlternative())
        }
        return alternatives.count == 1 ? alternatives[0] : .disjunction(alternatives)
    }

    mutating func parseAlternative() throws(RegExpSyntaxError) -> RegExpNode {
        var terms: [RegExpNode] = []
        while let character = peek(), character != 0x7C, character != 0x29 { // | )
            try parseTerm(into: &terms)
        }
        switch terms.count {
        case 0: return .empty
        case 1: return terms[0]
        default: return .sequence(terms)
        }
    }

    mutating func parseTerm(into terms: inout [RegExpNode]) throws(RegExpSyntaxError) {
        let capturesBefore = captureCount
        guard let character = peek() else { return }
        var atom: RegExpNode
        var quantifiable = true
        switch character {
        case 0x5E: // ^
            index += 1
            atom = .lineStart
            quantifiable = false
        case 0x24: // $
            index += 1
            atom = .lineEnd
            quantifiable = false
        case 0x2E: // .
            index += 1
            atom = .dot
        case 0x28: // (
            (atom, quantifiable) = try parseGroup()
        case 0x5B: // [
            atom = .characterClass(try parseClass())
        case 0x5C: // backslash
            (atom, quantifiable) = try parseAtomEscape()
        case 0x2A, 0x2B, 0x3F: // * + ?
            throw error("Nothing to repeat")
        case 0x7B: // {
            if unicode {
                throw error(looksLikeQuantifier() ? "Nothing to repeat" : "Lone quantifier brackets")
            }
            if looksLikeQuantifier() { throw error("Nothing to repeat") }
            index += 1
            atom = .character(character)
        case 0x7D, 0x5D: // } ]
            if unicode { throw error("Lone quantifier brackets") }
            index += 1
            atom = .character(character)
        default:
            index += 1
            atom = .character(character)
        }
        if let quantifier = try parseQuantifier(capturesInside: (capturesBefore + 1)..<(captureCount + 1)) {
            guard quantifiable else {
                if case .lookaround = atom { throw error("Invalid quantifier") }
                throw error("Nothing to repeat")
            }
            atom = .quantified(atom, quantifier)
        }
        terms.append(atom)
    }

    /// True when `{` at `index` starts a syntactically complete `{n}`, `{n,}` or `{n,m}`.
    func looksLikeQuantifier() -> Bool {
        var position = index + 1
        var digits = 0
        while position < characters.count, characters[position] >= 0x30, characters[position] <= 0x39 {
            position += 1
            digits += 1
        }
        guard digits > 0, position < characters.count else { return false }
        if characters[position] == 0x7D { return true }
        guard characters[position] == 0x2C else { return false }
        position += 1
        while position < characters.count, characters[position] >= 0x30, characters[position] <= 0x39 {
            position += 1
        }
        return position < characters.count && characters[position] == 0x7D
    }

    mutating func parseQuantifier(capturesInside: Range<Int>) throws(RegExpSyntaxError) -> RegExpQuantifier? {
        guard let character = peek() else { return nil }
        var minimum = 0
        var maximum: Int?
        switch character {
        case 0x2A: index += 1 // *
        case 0x2B: index += 1; minimum = 1 // +
        case 0x3F: index += 1; maximum = 1 // ?
        case 0x7B: // {
            guard looksLikeQuantifier() else {
                if unicode { throw error("Incomplete quantifier") }
                return nil
            }
            index += 1
            minimum = readDecimal()
            if eat(",") {
                maximum = peekIs("}") ? nil : readDecimal()
            } else {
                maximum = minimum
            }
            index += 1 // }
            if let maximum, maximum < minimum {
                throw error("numbers out of order in {} quantifier")
            }
        default:
            return nil
        }
        let greedy = !eat("?")
        return RegExpQuantifier(min: minimum, max: maximum, isGreedy: greedy, capturesInside: capturesInside)
    }

    /// Reads decimal digits, saturating at `Int.max` as engines treat huge bounds as infinite.
    mutating func readDecimal() -> Int {
        var value = 0
        while let character = peek(), character >= 0x30, character <= 0x39 {
            let digit = Int(character - 0x30)
            let (product, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = product.addingReportingOverflow(digit)
            value = overflow1 || overflow2 ? Int.max : sum
            index += 1
        }
        return value
    }

    /// `(...)`, `(?:...)`, `(?<name>...)` and the lookaround assertions.
    mutating func parseGroup() throws(RegExpSyntaxError) -> (RegExpNode, quantifiable: Bool) {
        let groupStart = index
        index += 1
        if eat("?") {
            if eat(":") {
                let body = try parseDisjunction()
                try expectGroupEnd(groupStart)
                return (.group(body, captureIndex: nil, name: nil), true)
            }
            if eat("=") || eat("!") {
                let negated = characters[index - 1] == 0x21
                let body = try parseDisjunction()
                try expectGroupEnd(groupStart)
                // Annex B: lookaheads are quantifiable without the `u` flag.
                return (.lookaround(body, isBehind: false, isNegated: negated), !unicode)
            }
            if peekIs("<"), peekIs("=", 1) || peekIs("!", 1) {
                index += 1
                let negated = characters[index] == 0x21
                index += 1
                let body = try parseDisjunction()
                try expectGroupEnd(groupStart)
                return (.lookaround(body, isBehind: true, isNegated: negated), false)
            }
            if eat("<") {
                let name = try parseGroupName()
                // A name may repeat only in alternatives that can never both match.
                for path in namePaths[name] ?? [] where !RegExpPatternParser.exclusive(path, alternativePath) {
                    throw error("Duplicate capture group name")
                }
                namePaths[name, default: []].append(alternativePath)
                captureCount += 1
                let captureIndex = captureCount
                groupNames.append(name)
                let body = try parseDisjunction()
                try expectGroupEnd(groupStart)
                return (.group(body, captureIndex: captureIndex, name: name), true)
            }
            if let modifiers = try parseModifiers() {
                let body = try parseDisjunction()
                try expectGroupEnd(groupStart)
                return (
                    .modified(body, ignoreCase: modifiers.ignoreCase, multiline: modifiers.multiline, dotAll: modifiers.dotAll),
                    true)
            }
            throw error("Invalid group")
        }
        captureCount += 1
        let captureIndex = captureCount
        groupNames.append(nil)
        let body = try parseDisjunction()
        try expectGroupEnd(groupStart)
        return (.group(body, captureIndex: captureIndex, name: nil), true)
    }

    /// The flags of a modifiers group after `(?`: `ims` letters to add, optionally `-` and
    /// letters to remove, then `:`; nil (nothing consumed) when this is not one. Each letter
    /// may appear once, and `(?-:` is not allowed.
    mutating func parseModifiers() throws(RegExpSyntaxError) -> (ignoreCase: Bool?, multiline: Bool?, dotAll: Bool?)? {
        func isFlag(_ offset: Int) -> Bool { peekIs("i", offset) || peekIs("m", offset) || peekIs("s", offset) || peekIs("-", offset) }
        guard isFlag(0) else { return nil }
        var ignoreCase: Bool?
        var multiline: Bool?
        var dotAll: Bool?
        var adding = true
        var sawRemoval = false
        var count = 0
        while true {
            if eat(":") { break }
            if eat("-") {
                if !adding { throw error("Invalid group") }
                adding = false
                sawRemoval = true
                continue
            }
            let letter: Unicode.Scalar
            if eat("i") { letter = "i" } else if eat("m") { letter = "m" } else if eat("s") { letter = "s" } else {
                throw error("Invalid group")
            }
            count += 1
            switch letter {
            case "i":
                if ignoreCase != nil { throw error("Repeated flag in modifiers group") }
                ignoreCase = adding
            case "m":
                if multiline != nil { throw error("Repeated flag in modifiers group") }
                multiline = adding
            default:
                if dotAll != nil { throw error("Repeated flag in modifiers group") }
                dotAll = adding
            }
        }
        if sawRemoval, count == 0 { throw error("Invalid group") }
        return (ignoreCase, multiline, dotAll)
    }

    /// Whether two alternative paths lie in different alternatives of some disjunction.
    static func exclusive(_ first: [(disjunction: Int, alternative: Int)], _ second: [(disjunction: Int, alternative: Int)]) -> Bool {
        for (left, right) in zip(first, second) {
            if left.disjunction != right.disjunction { return false }
            if left.alternative != right.alternative { return true }
        }
        return false
    }

    mutating func expectGroupEnd(_ groupStart: Int) throws(RegExpSyntaxError) {
        guard eat(")") else { throw error("Unterminated group") }
    }

    /// `name>` after `(?<` or `\k<`: an identifier that may contain `\u` escapes.
    mutating func parseGroupName() throws(RegExpSyntaxError) -> String {
        var scalars = String.UnicodeScalarView()
        while true {
            guard var value = peek() else { throw error("Invalid capture group name") }
            if value == 0x3E { // >
                index += 1
                break
            }
            if value == 0x5C { // backslash
                index += 1
                guard eat("u"), let escaped = readUnicodeEscape(allowBraces: true) else {
                    throw error("Invalid Unicode escape")
                }
                value = escaped
            } else {
                index += 1
                // A surrogate pair written literally (non-`u` patterns see code units).
                if value >= 0xD800, value <= 0xDBFF, let low = peek(), low >= 0xDC00, low <= 0xDFFF {
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    index += 1
                }
            }
            guard let scalar = Unicode.Scalar(value),
                  scalars.isEmpty ? Lexer.isIdentifierStart(scalar) : Lexer.isIdentifierPart(scalar) else {
                throw error("Invalid capture group name")
            }
            scalars.append(scalar)
        }
        guard !scalars.isEmpty else { throw error("Invalid capture group name") }
        return String(scalars)
    }
}
