import SlingrScript
import Testing

/// `isolateEvaluations`: what one evaluation changes is undone before the next.
@Suite("Isolated evaluations")
struct IsolationTests {
    @Test("changes to prototypes, globals and utils do not reach the next evaluation")
    func pristineBuiltIns() throws {
        let interpreter = ScriptInterpreter(environment: SlingrEnvironment(config: ["a": 1]))
        interpreter.isolateEvaluations()
        _ = try interpreter.evaluateExpression("""
            (String.prototype.includes = function () { return true }, Object.prototype.x = 1,
             utils.isPlaceholder = function () { return true }, delete Array.prototype.push, Math.PI = 3,
             Object.freeze(JSON), globalThis.leak = 1, config.a = 2, Object.setPrototypeOf(Date.prototype, null), true)
            """)
        let checks = [
            "'abc'.includes('z')", "({}).x", "utils.isPlaceholder('plain')", "typeof [].push", "Math.PI",
            "Object.isFrozen(JSON)", "typeof leak", "config.a", "Object.getPrototypeOf(Date.prototype) === Object.prototype",
        ]
        let expected = ["false", "undefined", "false", "function", "3.141592653589793", "false", "undefined", "1", "true"]
        for (check, answer) in zip(checks, expected) {
            #expect(interpreter.display(try interpreter.evaluateExpression(check)) == answer, "\(check)")
        }
    }

    @Test("the host reads what an evaluation left until the next one; host changes are kept")
    func hostChanges() throws {
        let interpreter = ScriptInterpreter(environment: SlingrEnvironment(config: ["a": 1]))
        interpreter.isolateEvaluations()
        _ = try interpreter.runStatements("config.a = 5; config.b = 'new';")
        #expect(interpreter.config == ["a": 5, "b": "new"])
        interpreter.config = ["a": 7]
        #expect(interpreter.display(try interpreter.evaluateExpression("config.a")) == "7")
        _ = try interpreter.evaluateExpression("(config.a = 8, config.z = 1)")
        #expect(interpreter.display(try interpreter.evaluateExpression("[config.a, config.z]")) == "[\n  7,\n  null\n]")
        interpreter.setGlobal("extra", "x")
        #expect(interpreter.display(try interpreter.evaluateExpression("extra")) == "x")
    }

    @Test("without isolation, state carries over (builders define a function, then it is called)")
    func sharedByDefault() throws {
        let interpreter = ScriptInterpreter()
        _ = try interpreter.runProgram("var counter = 0; Object.prototype.marked = true")
        #expect(interpreter.display(try interpreter.evaluateExpression("({}).marked && ++counter")) == "1")
    }
}
