import Testing
@testable import SlingrScript

@Suite("Regular-expression patterns")
struct RegExpParserTests {
    static func parse(_ pattern: String, _ flags: String = "") throws -> RegExpPattern {
        let parsedFlags = try #require(RegExpFlags(flags))
        switch RegExpParser.parse(pattern, flags: parsedFlags) {
        case .success(let tree): return tree
        case .failure(let error): throw error
        }
    }

    static func error(_ pattern: String, _ flags: String = "") -> String? {
        guard let parsedFlags = RegExpFlags(flags) else { return "bad flags" }
        if case .failure(let error) = RegExpParser.parse(pattern, flags: parsedFlags) { return error.message }
        return nil
    }

    @Test("disjunctions, sequences and characters")
    func structure() throws {
        let tree = try Self.parse("a|bc|")
        guard case .disjunction(let alternatives) = tree.root else {
            Issue.record("expected a disjunction")
            return
        }
        #expect(alternatives.count == 3)
        if case .character(let value) = alternatives[0] { #expect(value == 0x61) } else { Issue.record("a") }
        if case .sequence(let terms) = alternatives[1] { #expect(terms.count == 2) } else { Issue.record("bc") }
        if case .empty = alternatives[2] {} else { Issue.record("empty alternative") }
    }

    @Test("quantifiers record bounds, greediness and the captures they repeat")
    func quantifiers() throws {
        let tree = try Self.parse("(a)*?(?:(b)(c)){2,5}x{3}y{1,}")
        guard case .sequence(let terms) = tree.root, terms.count == 4 else {
            Issue.record("unexpected shape")
            return
        }
        let expected: [(Int, Int?, Bool, Range<Int>)] = [(0, nil, false, 1..<2), (2, 5, true, 2..<4), (3, 3, true, 4..<4), (1, nil, true, 4..<4)]
        for (term, (min, max, greedy, captures)) in zip(terms, expected) {
            guard case .quantified(_, let quantifier) = term else {
                Issue.record("not quantified")
                continue
            }
            #expect(quantifier.min == min && quantifier.max == max && quantifier.isGreedy == greedy)
            #expect(quantifier.capturesInside == captures)
        }
        #expect(tree.captureCount == 3)
    }

    @Test("named groups, forward named references and numbered backreferences")
    func groupsAndReferences() throws {
        let tree = try Self.parse(#"\k<year>(?<year>\d{4})-(\d\d)\2"#)
        #expect(tree.captureCount == 2)
        #expect(tree.groupNames == ["year", nil])
        guard case .sequence(let terms) = tree.root else {
            Issue.record("unexpected shape")
            return
        }
        if case .backreference(let index) = terms[0] { #expect(index == 1) } else { Issue.record("named reference") }
        if case .group(_, let capture, let name) = terms[1] { #expect(capture == 1 && name == "year") } else { Issue.record("group") }
        if case .backreference(let index) = terms.last { #expect(index == 2) } else { Issue.record("numbered reference") }
    }

    @Test("classes with ranges, escapes and negation")
    func classes() throws {
        let tree = try Self.parse(#"[^a-z\d_\-]"#)
        guard case .characterClass(let set) = tree.root else {
            Issue.record("expected a class")
            return
        }
        #expect(set.isNegated)
        #expect(set.items == [.range(0x61, 0x7A), .builtin(.digit), .character(0x5F), .character(0x2D)])
        let escapes = try Self.parse(#"\W\s"#)
        if case .sequence(let terms) = escapes.root, case .characterClass(let word) = terms[0] {
            #expect(word.items == [.builtin(.notWord)])
        } else {
            Issue.record("expected class escapes")
        }
    }

    @Test("assertions and lookarounds")
    func assertions() throws {
        let tree = try Self.parse(#"^\b(?=a)(?!b)(?<=c)(?<!d)\B$"#)
        guard case .sequence(let terms) = tree.root, terms.count == 8 else {
            Issue.record("unexpected shape")
            return
        }
        if case .lineStart = terms[0] {} else { Issue.record("^") }
        if case .wordBoundary(let negated) = terms[1] { #expect(!negated) }
        if case .lookaround(_, let behind, let negated) = terms[5] { #expect(behind && negated) } else { Issue.record("(?<!") }
        if case .lineEnd = terms[7] {} else { Issue.record("$") }
    }

    @Test("with u, astral characters and escapes are single code points; without, surrogate pairs")
    func unicodeMode() throws {
        if case .character(let value) = try Self.parse("😀", "u").root { #expect(value == 0x1F600) } else { Issue.record("u") }
        if case .character(let value) = try Self.parse(#"\u{1F600}"#, "u").root { #expect(value == 0x1F600) }
        if case .character(let value) = try Self.parse(#"\uD83D\uDE00"#, "u").root { #expect(value == 0x1F600) }
        if case .sequence(let units) = try Self.parse("😀").root { #expect(units.count == 2) } else { Issue.record("non-u") }
        let property = try Self.parse(#"\p{sc=Grek}\P{L}"#, "u")
        if case .sequence(let terms) = property.root, case .characterClass(let greek) = terms[0] {
            #expect(greek.items == [.unicodeProperty(RegExpUnicodeProperty(name: "Script", value: "Greek", isNegated: false))])
        } else {
            Issue.record("property")
        }
        if case .failure = RegExpParser.parse(codeUnits: [0xD800], flags: RegExpFlags()) { Issue.record("lone surrogate") }
    }

    @Test("Annex B leniency without u, strictness with u")
    func annexB() {
        for pattern in [#"]"#, "{", "a{", #"\1"#, #"\8"#, #"\c"#, #"[\c_]"#, #"\q"#, #"\p{L}"#, #"[\d-z]"#, "(?=a)*", #"\k"#, "x{1,2"] {
            #expect(Self.error(pattern) == nil, "\(pattern)")
        }
        let strict: [(String, String)] = [
            ("]", "Lone quantifier brackets"), ("{", "Lone quantifier brackets"), ("a{", "Incomplete quantifier"),
            (#"\1"#, "Invalid escape"), (#"\q"#, "Invalid escape"), (#"[\d-z]"#, "Invalid character class"),
            ("(?=a)*", "Invalid quantifier"), (#"\p{Nope}"#, "Invalid property name"), (#"\c"#, "Invalid unicode escape"),
        ]
        for (pattern, message) in strict {
            #expect(Self.error(pattern, "u") == message, "\(pattern)")
        }
    }

    @Test("syntax errors use V8's messages")
    func errors() {
        let cases: [(String, String)] = [
            ("(", "Unterminated group"), (")", "Unmatched ')'"), ("[", "Unterminated character class"),
            ("*", "Nothing to repeat"), ("a**", "Nothing to repeat"), ("a{2,1}", "numbers out of order in {} quantifier"),
            ("[b-a]", "Range out of order in character class"), ("(?<a>.)(?<a>.)", "Duplicate capture group name"),
            (#"(?<a>.)\k<b>"#, "Invalid named capture referenced"), (#"(?<a>)\k"#, "Invalid named reference"),
            ("(?x:a)", "Invalid group"), ("(?-:a)", "Invalid group"), ("(?i-i:a)", "Repeated flag in modifiers group"), ("(?<1>a)", "Invalid capture group name"), (#"\"#, "\\ at end of pattern"),
            ("(?<=a)+", "Invalid quantifier"),
        ]
        for (pattern, message) in cases {
            #expect(Self.error(pattern) == message, "\(pattern)")
        }
    }

    @Test("flags parse in any order, reject duplicates and unknown letters")
    func flags() {
        #expect(RegExpFlags("yusmigd")?.description == "dgimsuy")
        #expect(RegExpFlags("gg") == nil)
        #expect(RegExpFlags("x") == nil)
        #expect(RegExpFlags("")?.description == "")
    }
}
