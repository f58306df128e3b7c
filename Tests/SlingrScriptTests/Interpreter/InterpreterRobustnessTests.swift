import SlingrDiagnostics
import SlingrScript
import Testing

/// Random programs (the parser tests' generator covers every statement and expression kind)
/// run under tight limits: the interpreter must never trap, and every failure must be a
/// located error.
@Suite("Interpreter robustness")
struct InterpreterRobustnessTests {
    @Test("1,500 generated programs run to a value or a located error")
    func generatedPrograms() {
        var generator = ProgramGenerator(seed: 9_001)
        let limits = Limits(maxSteps: 20_000, maxCallDepth: 40, maxStringLength: 10_000, maxArrayLength: 10_000)
        var ran = 0
        var unlocated: [String] = []
        for _ in 0..<1_500 {
            let source = generator.program()
            guard JavaScriptParser.parseProgram(source).errors.isEmpty else { continue }
            ran += 1
            let interpreter = ScriptInterpreter(limits: limits)
            do {
                let value = try interpreter.runProgram(source)
                _ = interpreter.display(value)
                _ = interpreter.hostValue(value)
            } catch {
                #expect(!error.description.isEmpty)
                let unsupported = error.kind == .syntaxError && error.message.contains("not supported")
                if error.range == nil && !unsupported {
                    unlocated.append("\(error.description)\n\(source)")
                }
            }
            interpreter.collectGarbage()
        }
        #expect(ran > 500, "only \(ran) generated programs parsed")
        #expect(unlocated.isEmpty, "\(unlocated.count) errors without a location; first:\n\(unlocated.prefix(3).joined(separator: "\n---\n"))")
    }

    @Test("mutated programs (random edits) never trap")
    func mutatedPrograms() {
        var generator = ProgramGenerator(seed: 31_337)
        var mutator = ProgramMutator(seed: 4_242)
        let limits = Limits(maxSteps: 10_000, maxCallDepth: 30, maxStringLength: 5_000, maxArrayLength: 5_000)
        var evaluated = 0
        for _ in 0..<2_500 {
            let source = mutator.mutate(generator.program())
            guard let script = try? CompiledScript.program(source) else { continue }
            evaluated += 1
            let interpreter = ScriptInterpreter(limits: limits)
            _ = try? interpreter.evaluate(script)
        }
        #expect(evaluated > 120, "only \(evaluated) mutated programs compiled")
    }
}
