import SlingrScript
import Testing

/// Chains of any length compile and run without recursion along the chain (the compiler cuts
/// long ones into segments): results must be those of the nested evaluation.
@Suite("Long chains in the interpreter")
struct LongChainTests {
    static let length = 20_000

    static func run(_ source: String, statements: Bool = false) throws(ScriptError) -> String {
        let interpreter = ScriptInterpreter()
        let value = statements ? try interpreter.runStatements(source) : try interpreter.evaluateExpression(source)
        return interpreter.display(value)
    }

    @Test("arithmetic, comparison and logical chains")
    func operatorChains() throws {
        #expect(try Self.run("1" + String(repeating: " + 1", count: Self.length)) == String(Self.length + 1))
        #expect(try Self.run("100" + String(repeating: " - 1 + 1", count: Self.length / 2) + " - 1") == "99")
        #expect(try Self.run("1" + String(repeating: " && 2", count: Self.length)) == "2")
        #expect(try Self.run("0" + String(repeating: " || 0", count: Self.length) + " || 'last'") == "last")
        #expect(try Self.run("'a'" + String(repeating: " + 'b'", count: 100) + " === 'a' + 'b'.repeat(100)") == "true")
    }

    @Test("logical chains short-circuit as the nested nodes do")
    func shortCircuit() throws {
        let source = "var n = 0; function f(v) { n++; return v; } var r = f(1)" + String(repeating: " && f(1)", count: Self.length)
            + " && f(0)" + String(repeating: " && f(1)", count: 500) + "; n + ':' + r"
        #expect(try Self.run(source, statements: true) == "\(Self.length + 2):0")
    }

    @Test("member, call and method chains")
    func memberChains() throws {
        let members = "var o = {}; o.o = o; o.v = 7; o" + String(repeating: ".o", count: Self.length) + ".v"
        #expect(try Self.run(members, statements: true) == "7")
        let computed = "var a = []; a[0] = a; a" + String(repeating: "[0]", count: Self.length) + " === a"
        #expect(try Self.run(computed, statements: true) == "true")
        let calls = "var count = 0; function f() { count++; return f; } f" + String(repeating: "()", count: Self.length) + "; count"
        #expect(try Self.run(calls, statements: true) == String(Self.length))
        let methods = "var o = { n: 0, m: function () { this.n++; return this; } }; o" + String(repeating: ".m()", count: Self.length) + ".n"
        #expect(try Self.run(methods, statements: true) == String(Self.length))
    }

    @Test("an optional chain short-circuits across segments")
    func optionalChains() throws {
        let source = "var o = {}; o.o = o; o" + String(repeating: ".o", count: 1_000) + ".missing?.x" + String(repeating: ".y", count: 1_000)
        #expect(try Self.run(source, statements: true) == "undefined")
        let present = "var o = {}; o.o = o; o" + String(repeating: "?.o", count: 1_000) + ".constructor.name"
        #expect(try Self.run(present, statements: true) == "Object")
    }

    @Test("a chain evaluated again from inside one of its operands")
    func reentrantChain() throws {
        // The operand calls the function whose body is the chain, so the same compiled chain
        // runs again before the outer evaluation has finished.
        let chain = "1" + String(repeating: " + 1", count: 200) + " + (n > 0 ? f(n - 1) : 0)" + String(repeating: " + 1", count: 200)
        let source = "function f(n) { return \(chain); } f(3)"
        #expect(try Self.run(source, statements: true) == String(4 * 401))
    }

    @Test("compiling from source frees a chain's syntax as it goes, and the code still means the same")
    func compiledFromSource() throws {
        // `delete` compiles its argument twice: the first compilation must not take it apart.
        let deleted = "var o = { x: 1 }; var r = delete (0" + String(repeating: " || 0", count: 200) + " || o).x; r + ':' + ('x' in o)"
        #expect(try Self.run(deleted, statements: true) == "true:false")
        let concatenated = "var s = ''" + String(repeating: " + 'ab'", count: 2_000) + "; s.length + s.slice(0, 3)"
        #expect(try Self.run(concatenated, statements: true) == "4000aba")
        // The callee of a call keeps its syntax for the error message.
        let callee = "var o = {}; o.o = o; o" + String(repeating: ".o", count: 100) + ".missing()"
        do {
            _ = try Self.run(callee, statements: true)
            Issue.record("no error")
        } catch {
            #expect(error.message == "o" + String(repeating: ".o", count: 100) + ".missing is not a function")
        }
        let operand = "(1" + String(repeating: " + 1", count: 100) + ").toFixed.missing()"
        do {
            _ = try Self.run(operand)
            Issue.record("no error")
        } catch {
            #expect(error.message == "(intermediate value).toFixed.missing is not a function")
        }
    }

    @Test("else-if chains")
    func elseIfChains() throws {
        var source = "var x = \(Self.length - 1), r; if (x === -1) { r = -1; }"
        for index in 0..<Self.length { source += " else if (x === \(index)) { r = \(index); }" }
        source += " else { r = 'none'; } r"
        #expect(try Self.run(source, statements: true) == String(Self.length - 1))
        #expect(try Self.run("var r = 'start'; if (false) r = 1; else if (false) r = 2; else r = 'else'; r", statements: true) == "else")
    }

    @Test("an error in a long chain is located at its link")
    func errorInChain() {
        let source = "var o = {}; o.o = o; o" + String(repeating: ".o", count: 2_000) + ".missing.x"
        do {
            _ = try Self.run(source, statements: true)
            Issue.record("no error")
        } catch {
            #expect(error.message.hasPrefix("Cannot read properties of undefined"))
            #expect(error.range?.end == source.utf8.count)
        }
        let calls = "var o = { a: {} }; o.a" + String(repeating: ".b", count: 0) + ".c" + String(repeating: "()", count: 2)
        do {
            _ = try Self.run(calls, statements: true)
            Issue.record("no error")
        } catch {
            #expect(error.message == "o.a.c is not a function")
        }
    }
}
