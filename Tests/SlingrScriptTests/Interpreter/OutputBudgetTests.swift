import SlingrScript
import Testing

/// What an evaluation gives the host to show is bounded: log messages, printed results and
/// results converted to data.
@Suite("Output budgets")
struct OutputBudgetTests {
    private func run(_ source: String, limits: Limits = Limits()) throws -> (ScriptInterpreter, Value) {
        let interpreter = ScriptInterpreter(limits: limits)
        return (interpreter, try interpreter.runProgram(source))
    }

    @Test("log messages past the budget are counted, not kept")
    func logLines() throws {
        let (interpreter, _) = try run("for (var i = 0; i < 5000; i++) console.log('line', i)")
        #expect(interpreter.logs.count == 1_000)
        #expect(interpreter.logs.last?.message == "line 999")
        #expect(interpreter.logSummary == "... 4,000 more lines")
        interpreter.logs = []
        _ = try interpreter.runProgram("sys.logs.info('again')")
        #expect(interpreter.logs.map(\.message) == ["again"])
        #expect(interpreter.logSummary == nil)
    }

    @Test("a message longer than the characters left is cut and says by how much")
    func longMessage() throws {
        let (interpreter, _) = try run("console.log('x'.repeat(300)); console.log('dropped')", limits: Limits(maxOutputLength: 100))
        #expect(interpreter.logs.map(\.message) == [String(repeating: "x", count: 100) + "... (200 more characters)"])
        #expect(interpreter.logSummary == "... 1 more line")
    }

    @Test("a printed result shows an object met again as [Circular] or [Shared]")
    func sharedReferences() throws {
        let (interpreter, value) = try run("var o = {n: 1}; o.self = o; var x = [1]; ({o: o, a: x, b: x})")
        #expect(try interpreter.render(value) == """
        {
          "o": {
            "n": 1,
            "self": [Circular]
          },
          "a": [
            1
          ],
          "b": [Shared]
        }
        """)
        // 2^30 paths, 31 objects: printed in a moment.
        let (dag, bomb) = try run("var d = {}; for (var i = 0; i < 30; i++) d = {a: d, b: d}; d")
        #expect(try dag.render(bomb).count < 5_000)
    }

    @Test("a result too large or too deep to print is a limit error, never a silent stand-in")
    func printLimits() throws {
        let (interpreter, big) = try run("Array(1e6).fill(1)")
        #expect(throws: ScriptError.self) { _ = try interpreter.render(big) }
        do {
            _ = try interpreter.render(big)
        } catch {
            #expect(error.kind == .limitExceeded(.output))
            #expect(error.message == "result too large to print (more than 1,048,576 characters)")
        }
        let (deep, nested) = try run("var d = {}; for (var i = 0; i < 200000; i++) d = {a: d}; d", limits: Limits(maxSteps: 10_000_000))
        do {
            _ = try deep.render(nested)
            Issue.record("a 200,000-deep object printed")
        } catch {
            #expect(error.kind == .limitExceeded(.nesting))
            #expect(error.message == "result nested too deeply to print (more than 1,000 levels)")
        }
    }

    @Test("converting a result to data shares repeated objects and bounds size and depth")
    func hostData() throws {
        let (interpreter, value) = try run("var x = {k: 'v'}; ({a: x, b: [x, x]})")
        #expect(try interpreter.checkedHostValue(value) == ["a": ["k": "v"], "b": [["k": "v"], ["k": "v"]]])
        let (dag, bomb) = try run("var d = {}; for (var i = 0; i < 30; i++) d = {a: d, b: d}; d")
        do {
            _ = try dag.checkedHostValue(bomb)
            Issue.record("a DAG of 2^30 paths converted")
        } catch {
            #expect(error.kind == .limitExceeded(.output))
        }
        #expect(dag.hostValue(bomb) == .undefined)
        let (deep, nested) = try run("var d = []; for (var i = 0; i < 5000; i++) d = [d]; d")
        do {
            _ = try deep.checkedHostValue(nested)
            Issue.record("5,000 levels converted")
        } catch {
            #expect(error.kind == .limitExceeded(.nesting))
        }
    }
}
