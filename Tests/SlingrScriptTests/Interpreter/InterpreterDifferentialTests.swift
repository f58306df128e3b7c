import Foundation
import SlingrScript
import Testing

/// Differential tests: thousands of generated snippets evaluated by the interpreter and by one
/// node process per batch must give the same canonical result (or the same error type).
@Suite("Differential tests against node", .enabled(if: NodeOracle.isAvailable, "node not found: skipped"))
struct InterpreterDifferentialTests {
    /// Evaluates each snippet with the interpreter in the canonical form node also uses.
    static func interpreterResults(_ snippets: [String]) throws -> [String] {
        let interpreter = ScriptInterpreter(limits: Limits(maxSteps: 1_000_000))
        _ = try interpreter.runProgram(NodeOracle.canonicalizer)
        return snippets.map { snippet in
            do throws(ScriptError) {
                let value = try interpreter.runProgram("__run(() => (\(snippet)))")
                return interpreter.display(value)
            } catch {
                if case .syntaxError = error.kind, error.range != nil, !error.syntaxDiagnostics.isEmpty {
                    return "syntax:" + error.message
                }
                return "throw:" + error.name
            }
        }
    }

    /// Compares both engines and reports the first mismatches.
    static func compare(_ snippets: [String], label: String) throws {
        let expected = try NodeOracle.run(snippets)
        try #require(expected.count == snippets.count, "node returned \(expected.count) results for \(snippets.count) snippets")
        let actual = try interpreterResults(snippets)
        var mismatches: [String] = []
        for index in snippets.indices where actual[index] != expected[index] {
            mismatches.append("  \(snippets[index])\n    node:        \(expected[index])\n    interpreter: \(actual[index])")
        }
        #expect(
            mismatches.isEmpty,
            "\(mismatches.count) of \(snippets.count) \(label) differ from node; first ones:\n\(mismatches.prefix(15).joined(separator: "\n"))")
    }

    @Test("10,000 random expressions over edge values and all operators match node")
    func randomExpressions() throws {
        var generator = ExpressionGenerator(seed: 20_240_501)
        var snippets: [String] = []
        while snippets.count < 10_000 { snippets.append(generator.expression(depth: 3)) }
        try Self.compare(snippets, label: "expressions")
    }

    @Test("JSON.stringify with indentation arguments matches node byte for byte")
    func jsonStringify() throws {
        var generator = ExpressionGenerator(seed: 77)
        var snippets: [String] = []
        for _ in 0..<1_500 {
            snippets.append("JSON.stringify(\(generator.jsonValue(depth: 3)), null, \(generator.jsonIndent()))")
        }
        for _ in 0..<300 {
            snippets.append("JSON.parse(JSON.stringify(\(generator.jsonValue(depth: 3))) || 'null')")
        }
        try Self.compare(snippets, label: "JSON snippets")
    }

    @Test("number formatting (String, toFixed, toPrecision, toExponential, radix) matches node")
    func numberFormatting() throws {
        var generator = ExpressionGenerator(seed: 4_242)
        var snippets: [String] = []
        for _ in 0..<1_000 {
            let value = generator.number()
            // Write the exact double as a literal node and the interpreter read identically.
            let literal = "(" + (value < 0 ? "-" : "") + String(describing: abs(value)) + ")"
            snippets.append("String(\(literal))")
            snippets.append("\(literal).toFixed(\(generator.random.int(0...20)))")
            snippets.append("\(literal).toPrecision(\(generator.random.int(1...21)))")
            snippets.append("\(literal).toExponential(\(generator.random.int(0...20)))")
            snippets.append("\(literal).toString(\(generator.random.pick(["2", "3", "7", "16", "36"])))")
            snippets.append("Number(String(\(literal))) === \(literal)")
        }
        try Self.compare(snippets, label: "number formatting snippets")
    }

    @Test("exponentiation special cases (NaN, infinities, signed zeros, exact powers) match node")
    func exponentiation() throws {
        var snippets: [String] = []
        let special: Set<String> = ["0", "-0", "1", "NaN", "Infinity", "-Infinity", "null", "undefined", "4", "0.25"]
        for base in ExpressionGenerator.powerBases {
            for exponent in ExpressionGenerator.powerExponents {
                if exponent.hasSuffix("0.5"), !special.contains(base) { continue }
                snippets.append("(\(base)) ** (\(exponent))")
                snippets.append("Math.pow(\(base), \(exponent))")
            }
        }
        try Self.compare(snippets, label: "exponentiation snippets")
    }

    @Test("string-to-number conversions match node")
    func stringToNumber() throws {
        let texts = [
            "", " ", "12", " 12 ", "\\t12\\n", "1e3", "1E3", "1e", ".5", "5.", ".", "+5", "-5", "+-5", "0x1F", "0X1f",
            "-0x1F", "0b101", "0o17", "0b2", "Infinity", "-Infinity", "+Infinity", "infinity", "1_000", "12px",
            "\\u00a012\\u00a0", "\\ufeff12", "1e400", "1e-400", "00012", "0.0000001", "123456789012345678901234567890",
            "0x", "1.2.3", "--1", "1e+5", "1e-5", "  0x10  ", "9007199254740993",
        ]
        var snippets: [String] = []
        for text in texts {
            snippets.append("Number('\(text)')")
            snippets.append("parseInt('\(text)')")
            snippets.append("parseFloat('\(text)')")
            snippets.append("parseInt('\(text)', 16)")
            snippets.append("'\(text)' == 12")
            snippets.append("+'\(text)' < 100")
        }
        try Self.compare(snippets, label: "conversion snippets")
    }

    @Test("generated statement-level scripts give node's completion value or error")
    func generatedScripts() throws {
        var generator = ProgramGenerator(seed: 20_241)
        var scripts: [String] = []
        // Left out: what the sandbox does not provide or represents differently (documented):
        // the global `this`, Map/Set/Symbol/Promise/..., the clock, array holes, thrown functions.
        let skipped = ["this", "Map", "Set", "Symbol", "Promise", "Proxy", "Reflect", "Intl", "BigInt", "Date"]
        while scripts.count < 1_500 {
            let script = generator.program()
            guard JavaScriptParser.parseProgram(script).errors.isEmpty,
                  !skipped.contains(where: { script.contains($0) }),
                  script.range(of: #"\[\s*,|,\s*,|,\s*\]"#, options: .regularExpression) == nil
            else { continue }
            scripts.append(script)
        }
        let expected = try NodeOracle.runScripts(scripts)
        try #require(expected.count == scripts.count)
        var compared = 0
        var mismatches: [String] = []
        for (script, node) in zip(scripts, expected) where node != "timeout" {
            let interpreter = ScriptInterpreter(limits: Limits(maxSteps: 200_000, maxCallDepth: 100))
            let mine: String
            do {
                _ = try interpreter.runProgram(NodeOracle.canonicalizer)
                let value = try interpreter.runProgram(script)
                guard let canon = interpreter.global("__canon") else { continue }
                mine = interpreter.display(try interpreter.call(canon, arguments: [value, .number(0)]))
            } catch {
                if error.message.contains("not supported") { continue }
                if case .limitExceeded = error.kind { continue }
                if case .thrown = error.kind {
                    switch error.thrownValue {
                    case .number?: mine = "throw:number"
                    case .string?: mine = "throw:string"
                    case .bool?: mine = "throw:boolean"
                    case .undefined?: mine = node == "throw:function" ? node : "throw:undefined"
                    default: mine = "throw:object"
                    }
                } else {
                    mine = "throw:" + error.name
                }
            }
            compared += 1
            if mine != node { mismatches.append("  node: \(node)\n  interpreter: \(mine)\n\(script)") }
        }
        #expect(compared > 150, "only \(compared) scripts compared")
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(compared) scripts differ; first:\n\(mismatches.prefix(5).joined(separator: "\n---\n"))")
    }

    @Test("the plain-JavaScript fixtures' expectations are what node says")
    func fixtureExpectations() throws {
        // Fixtures with a mode, `node: skip`, or engine-specific expectations (limits, thrown
        // non-errors) describe the sandbox rather than JavaScript.
        let fixtures = FixturePaths.languageFixtures.filter {
            $0.mode == "program" && !$0.text.contains("// node: skip") && !$0.text.contains("// limits:")
        }
        let sessions = fixtures.map { $0.chunks.map(\.source) }
        let results = try NodeOracle.runSessions(sessions)
        try #require(results.count == fixtures.count)
        var disagreements: [String] = []
        var checked = 0
        for (fixture, nodeResults) in zip(fixtures, results) {
            for (chunk, node) in zip(fixture.chunks, nodeResults) {
                let expected: String
                switch chunk.expectation {
                case .value(let value): expected = value
                case .error(let description, _):
                    if description.hasPrefix("Uncaught ") { continue }
                    expected = "error: " + description
                }
                checked += 1
                if node != expected { disagreements.append("\(fixture.name):\(chunk.line): expected \(expected), node says \(node)") }
            }
        }
        #expect(checked > 300, "only \(checked) expectations checked")
        #expect(disagreements.isEmpty, "\(disagreements.count) fixture expectations disagree with node:\n\(disagreements.prefix(10).joined(separator: "\n"))")
    }
}

