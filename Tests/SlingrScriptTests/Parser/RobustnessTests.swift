import SlingrDiagnostics
import Testing
@testable import SlingrScript

/// Pathological input must produce errors, never crashes, stack overflows or hangs.
@Suite("Parser robustness")
struct RobustnessTests {
    static let depth = 100_000
    static let nestingMessage = "nesting deeper than 1000 levels is not supported"

    /// Real nesting: each of these opens a level per repetition.
    static let deepInputs: [(String, String)] = [
        ("parentheses", String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)),
        ("arrays", String(repeating: "[", count: depth) + String(repeating: "]", count: depth)),
        ("blocks", String(repeating: "{", count: depth) + String(repeating: "}", count: depth)),
        ("objects", "x = " + String(repeating: "{a:", count: depth) + "1" + String(repeating: "}", count: depth)),
        ("unary operators", "x = " + String(repeating: "-", count: depth) + "1"),
        ("not operators", "x = " + String(repeating: "!", count: depth) + "1"),
        ("exponents", "x = " + String(repeating: "2 ** ", count: depth) + "2"),
        ("conditionals", "x = " + String(repeating: "a ? b : ", count: depth) + "c"),
        ("assignments", String(repeating: "a = ", count: depth) + "1"),
        ("arrows", "f = " + String(repeating: "a => ", count: depth) + "1"),
        ("call arguments", String(repeating: "f(", count: depth) + String(repeating: ")", count: depth)),
        ("ifs", String(repeating: "if (a) ", count: depth) + ";"),
        ("functions", String(repeating: "function f() {", count: depth) + String(repeating: "}", count: depth)),
        ("templates", String(repeating: "`${", count: depth) + String(repeating: "}`", count: depth)),
        ("array patterns", "let " + String(repeating: "[", count: depth) + "a" + String(repeating: "]", count: depth) + " = b"),
        ("new", "x = " + String(repeating: "new ", count: depth) + "F"),
        ("classes", "x = " + String(repeating: "class extends ", count: depth) + "B {}"),
        ("labels", (0..<depth).map { "a\($0): " }.joined() + ";"),
    ]

    @Test("100,000 levels of nesting give the nesting limit error at the level too many", arguments: 0..<deepInputs.count)
    func deepNesting(_ index: Int) {
        let (label, text) = Self.deepInputs[index]
        let result = JavaScriptParser.parseProgram(text)
        #expect(result.errors.map(\.message) == [Self.nestingMessage], "\(label): \(result.errors.prefix(3))")
    }

    @Test("regular-expression groups nested 100,000 deep are an error, not a crash")
    func deepRegExpGroups() {
        let text = "x = /" + String(repeating: "(", count: Self.depth) + String(repeating: ")", count: Self.depth) + "/"
        #expect(JavaScriptParser.parseProgram(text).errors.map(\.message).contains { $0.contains("Nesting too deep") })
    }

    /// Chains are not nesting: they parse whatever their length (and the tree is freed without
    /// recursion when the result goes away).
    static let chainLength = 50_000
    static let chains: [(String, String)] = [
        ("plus", "x = 1" + String(repeating: " + 1", count: chainLength)),
        ("and", "x = a" + String(repeating: " && a", count: chainLength)),
        ("mixed operators", "x = a" + String(repeating: " * b + c - d || e && f", count: chainLength / 4)),
        ("members", "x = a" + String(repeating: ".b", count: chainLength)),
        ("computed members", "x = a" + String(repeating: "[0]", count: chainLength)),
        ("calls", "f" + String(repeating: "()", count: chainLength)),
        ("method calls", "a" + String(repeating: ".b(c)", count: chainLength)),
        ("optional chain", "x = a" + String(repeating: "?.b", count: chainLength)),
        ("tagged templates", "f" + String(repeating: "`t`", count: chainLength)),
        ("else if", "if (a) {}" + String(repeating: " else if (a) {}", count: chainLength / 2)),
        ("else if without braces", "if (a) b;" + String(repeating: " else if (a) b;", count: chainLength / 2)),
        ("comma sequence", "x = (a" + String(repeating: ", a", count: chainLength) + ")"),
        ("statements", String(repeating: "a;", count: chainLength)),
    ]

    @Test("50,000-link chains parse", arguments: 0..<chains.count)
    func longChains(_ index: Int) {
        let (label, text) = Self.chains[index]
        let result = JavaScriptParser.parseProgram(text)
        #expect(result.errors.isEmpty, "\(label): \(result.errors.prefix(3))")
    }

    @Test("nesting up to the limit parses, one level more is an error at the token that opens it")
    func nestingLimit() {
        let limit = 1_000
        let sources = [limit, limit + 1].map { String(repeating: "(", count: $0) + "1" + String(repeating: ")", count: $0) }
        let results = LargeStack.run { sources.map { JavaScriptParser.parseProgram($0).errors.map(\.description) } }
        #expect(results[0] == [])
        #expect(results[1] == ["\(Self.nestingMessage) (1:\(limit))"])
    }

    @Test("the nesting limit is configurable")
    func configurableLimit() {
        let text = "x = " + String(repeating: "[", count: 50) + String(repeating: "]", count: 50)
        let strict = JavaScriptParser.Options(maximumNestingDepth: 20)
        #expect(JavaScriptParser.parseProgram(text, options: strict).errors.map(\.message) == ["nesting deeper than 20 levels is not supported"])
        #expect(JavaScriptParser.parseProgram(text).isValid)
    }

    @Test("random bytes never crash the parser and errors stay bounded")
    func randomBytes() {
        var random = SplitMix64(seed: 31_337)
        for _ in 0..<2_000 {
            let length = random.below(200)
            var bytes: [UInt8] = []
            for _ in 0..<length { bytes.append(UInt8(truncatingIfNeeded: random.next())) }
            let result = JavaScriptParser.parseProgram(SourceFile(path: "random", bytes: bytes))
            #expect(result.errors.count <= 50)
        }
    }

    @Test("random JavaScript-like token soup never crashes")
    func tokenSoup() {
        var random = SplitMix64(seed: 4_711)
        let pieces = ProgramMutator.insertions + ["a", "b", "1", "'s'", "`t${", "}`", "/r/", "function", "class", "=>", "let", "var"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<random.below(60) { text += random.pick(pieces) }
            let result = JavaScriptParser.parseProgram(text)
            #expect(result.errors.count <= 50)
            _ = JavaScriptParser.parseExpression(SourceFile(path: "soup", text: text))
        }
    }

    @Test("parsing stops after the configured number of errors")
    func errorCap() {
        let text = String(repeating: "var = ;\n", count: 500)
        #expect(JavaScriptParser.parseProgram(text).errors.count == 50)
        #expect(JavaScriptParser.parseProgram(text, options: .init(maximumErrors: 3)).errors.count == 3)
    }

    @Test("large inputs parse in linear time")
    func linearTime() {
        // 200 KB and 800 KB of statements: parse time must not grow quadratically.
        func source(lines: Int) -> String {
            var text = ""
            for index in 0..<lines {
                text += "var v\(index) = { key: [\(index), 'text', /re/g], f: function (a) { return a + \(index); } };\n"
            }
            return text
        }
        let small = source(lines: 2_000)
        let large = source(lines: 8_000)
        let clock = ContinuousClock()
        let smallTime = clock.measure { _ = JavaScriptParser.parseProgram(small) }
        let largeTime = clock.measure { _ = JavaScriptParser.parseProgram(large) }
        #expect(largeTime < smallTime * 12, "4x input took \(largeTime) vs \(smallTime)")
    }
}
