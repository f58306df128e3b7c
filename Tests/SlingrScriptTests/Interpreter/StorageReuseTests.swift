import SlingrDiagnostics
import Testing
@testable import SlingrScript

/// The buffers an interpreter keeps between expressions (`CompilationWorkspace`,
/// `ParserStorage`) must never let one parse or evaluation affect the next.
@Suite("Reused parser storage")
struct StorageReuseTests {
    /// Valid and invalid expressions that exercise every reused buffer: nested functions and
    /// scopes, all list kinds, string values and escapes, templates, regular expressions,
    /// early errors and syntax errors in the middle of lists.
    static let handWritten = [
        "@config.entity == 'contacts'", "config.a ==", "[1, , 3, ...x]", "({a, b: [c, d] = e} = f)",
        "(a, b) => { let c = a; var d = b; return c + d; }", "function f(a, a) { 'use strict'; }",
        "(x) => { let x; }", "`a${b}c${`d${e}`}`", "/a(b)[c-d]/gi.test('\\u0041\\n')", "f(...a, b, c)",
        "{ a: 1, b() { return 2; }, get c() { return 3; }, [d]: 4 }", "({ __proto__: 1, __proto__: 2 })",
        "a ? b : c, d", "new Foo(1, 2).bar?.baz", "(function () { switch (x) { case 1: y; default: z; } })",
        "(() => { for (const k in o) { if (k) break; } })()", "'unterminated", "a +* b", "x => x * 2)",
        "(() => { try { throw 1; } catch ({ message }) { return message; } finally { } })()",
        "async function () {}", "'\\u{1F600}' + \"\\x41\"", "0x1F + 1e3 + .5", "a?.[b]?.(c)", "",
        "function (a = () => { var b; }, ...c) { return [a, c]; }", "(a, b, c,) => a", "let", "yield",
    ]

    static func expressions(count: Int, seed: UInt64) -> [String] {
        var generator = ExpressionGenerator(seed: seed)
        var random = SplitMix64(seed: seed &+ 1)
        var result = handWritten
        while result.count < count {
            let expression = generator.expression(depth: 3)
            result.append(expression)
            // A damaged copy, so that failed parses are interleaved with good ones.
            let bytes = Array(expression.utf8)
            let cut = random.int(0...bytes.count)
            result.append(String(decoding: bytes[..<cut], as: UTF8.self) + random.pick(["", ")", ",", "{", "`", "'"]))
        }
        return result
    }

    static func describe(_ result: ParseResult<Expression?>, _ source: SourceFile) -> String {
        let tree = result.tree.map { ESTreeDumper.json(of: $0.node, source: source) } ?? "nil"
        return tree + " " + result.errors.map(\.description).joined(separator: "; ")
    }

    @Test("a parser storage reused for many expressions gives the trees and errors of fresh parses")
    func parserStorage() {
        let storage = ParserStorage()
        var options = JavaScriptParser.Options()
        options.slingrConfigReferences = true
        for text in Self.expressions(count: 600, seed: 7) {
            let source = SourceFile(path: "<expression>", text: text)
            let fresh = JavaScriptParser.parseExpression(source, options: options)
            let reused = JavaScriptParser.parseExpression(text, path: "<expression>", options: options, storage: storage)
            #expect(Self.describe(reused, source) == Self.describe(fresh, source), "\(text)")
        }
    }

    static func outcome(_ interpreter: ScriptInterpreter, _ evaluate: () throws(ScriptError) -> Value) -> String {
        do {
            return "value " + interpreter.display(try evaluate())
        } catch {
            return "error \(error.kind) \(error.message) \(String(describing: error.range))"
        }
    }

    @Test("an interpreter evaluating expressions one after another agrees with compiling each one anew")
    func interpreterWorkspace() {
        let environment = SlingrEnvironment(config: ["entity": "contacts", "n": 3])
        let shared = ScriptInterpreter(environment: environment)
        for text in Self.expressions(count: 400, seed: 11) {
            let separate = ScriptInterpreter(environment: environment)
            let expected = Self.outcome(separate) { () throws(ScriptError) -> Value in
                try separate.evaluate(try CompiledScript.expression(text))
            }
            let actual = Self.outcome(shared) { () throws(ScriptError) -> Value in try shared.evaluateExpression(text) }
            #expect(actual == expected, "\(text)")
        }
    }
}
