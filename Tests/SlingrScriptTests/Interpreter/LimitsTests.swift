import SlingrDiagnostics
import SlingrScript
import Testing

/// Every limit ends evaluation with a located error, quickly, and never crashes the process.
@Suite("Interpreter limits")
struct LimitsTests {
    private func failure(_ source: String, limits: Limits = Limits(maxSteps: 100_000)) -> ScriptError? {
        let interpreter = ScriptInterpreter(limits: limits)
        do {
            _ = try interpreter.runProgram(source)
            return nil
        } catch {
            return error
        }
    }

    private func text(_ source: String, of error: ScriptError?) -> String? {
        guard let range = error?.range else { return nil }
        let bytes = Array(source.utf8)
        return String(decoding: bytes[range.start..<min(range.end, bytes.count)], as: UTF8.self)
    }

    @Test("while(true){} and for(;;){} stop with the step budget error at the loop")
    func infiniteLoops() {
        for source in ["while(true){}", "for(;;){}", "do {} while (true)", "let i = 0; while (i >= 0) { i++; }"] {
            let error = failure(source)
            #expect(error?.kind == .limitExceeded(.steps), "\(source)")
            #expect(error?.description == "RangeError: step budget of 100000 steps exceeded", "\(source)")
            #expect(error?.range != nil, "\(source) is located")
        }
        #expect(text("while(true){}", of: failure("while(true){}")) == "while(true){}")
    }

    @Test("the step budget cannot be caught by try/catch or finally")
    func budgetIsNotCatchable() {
        let error = failure("var caught = 0; while (true) { try { while (true) {} } catch (e) { caught++; } finally { } }")
        #expect(error?.kind == .limitExceeded(.steps))
    }

    @Test("unbounded recursion gives a RangeError-like located error")
    func recursion() {
        let source = "function f(){return f()} f()"
        let error = failure(source, limits: Limits())
        #expect(error?.kind == .limitExceeded(.callDepth))
        #expect(error?.description == "RangeError: Maximum call stack size exceeded")
        #expect(text(source, of: error) == "f()")
    }

    @Test("a huge call-depth limit is still safe: the native stack guard stops first")
    func nativeStackGuard() {
        let limits = Limits(maxSteps: 10_000_000, maxCallDepth: 10_000_000)
        for source in [
            "function f(n){ return f(n + 1) + 1 } f(0)",
            "const g = (n) => [n].map(x => g(x + 1)); g(0)",
            "function h(){ return JSON.stringify({ toJSON() { return h(); } }) } h()",
            "var o = { get x() { return this.x; } }; o.x",
            "function s(){ return [1, 2].sort(() => s()) } s()",
        ] {
            let error = failure(source, limits: limits)
            #expect(error?.kind == .limitExceeded(.callDepth), "\(source): \(String(describing: error))")
        }
    }

    @Test("deeply nested data is bounded when serialised, converted or displayed")
    func deepData() {
        let interpreter = ScriptInterpreter(limits: Limits(maxSteps: 10_000_000))
        do {
            let value = try interpreter.runProgram("let d = []; for (let i = 0; i < 100000; i++) d = [d]; d")
            #expect(throws: ScriptError.self) { _ = try interpreter.json(value) }
            _ = interpreter.display(value)
            _ = interpreter.hostValue(value)
            #expect(throws: ScriptError.self) {
                _ = try interpreter.runProgram("JSON.parse('['.repeat(100000) + ']'.repeat(100000))")
            }
        } catch {
            Issue.record("building the nested array failed: \(error)")
        }
    }

    @Test("string doubling and array growth end with their size limits")
    func sizes() {
        let limits = Limits(maxSteps: 1_000_000, maxStringLength: 4096, maxArrayLength: 4096)
        let doubling = failure("let s = 'x'; while (true) s = s + s;", limits: limits)
        #expect(doubling?.kind == .limitExceeded(.stringLength))
        #expect(doubling?.description == "RangeError: Invalid string length (8192 exceeds the limit of 4096 code units)")
        #expect(failure("let s = 'x'; for (;;) s += s;", limits: limits)?.kind == .limitExceeded(.stringLength))
        #expect(failure("'ab'.repeat(1e9)", limits: limits)?.kind == .limitExceeded(.stringLength))
        #expect(failure("'a'.padStart(1e9)", limits: limits)?.kind == .limitExceeded(.stringLength))
        #expect(failure("[1,2].join('x'.repeat(4000))", limits: limits) == nil)
        #expect(failure("Array(4000).fill('xx').join('yy')", limits: limits)?.kind == .limitExceeded(.stringLength))
        let growth = failure("let a = []; while (true) a.push(a.length);", limits: limits)
        #expect(growth?.kind == .limitExceeded(.arrayLength))
        #expect(failure("let a = [1]; while (true) a = a.concat(a);", limits: limits)?.kind == .limitExceeded(.arrayLength))
        #expect(failure("let a = []; a.length = 1e6;", limits: limits)?.kind == .limitExceeded(.arrayLength))
        #expect(failure("new Array(1e6)", limits: limits)?.kind == .limitExceeded(.arrayLength))
    }

    @Test("catastrophic regular expressions end with the step budget error")
    func catastrophicRegExp() {
        let source = "/^(a+)+$/.test('a'.repeat(40) + '!')"
        let error = failure(source)
        #expect(error?.kind == .limitExceeded(.steps))
        #expect(text(source, of: error) == source)
        #expect(failure("'x'.repeat(30).replace(/(x|x|x)*y/g, '')")?.kind == .limitExceeded(.steps))
        #expect(failure("/(\\w+\\s?)*$/.test('an apple a day keeps the doctor away!')")?.kind == .limitExceeded(.steps))
    }

    @Test("limits are per evaluation: a fresh budget each time")
    func budgetIsPerEvaluation() throws {
        let interpreter = ScriptInterpreter(limits: Limits(maxSteps: 1_000))
        for _ in 0..<20 {
            let value = try interpreter.runProgram("{ let n = 0; for (let i = 0; i < 400; i++) n += i; n }")
            #expect(interpreter.display(value) == "79800")
        }
    }

    @Test("data past the memory budget ends the evaluation, located, and cannot be caught")
    func memoryBudget() {
        let limits = Limits(maxSteps: 50_000_000, maxMemory: 8 << 20)
        let source = "var a = []; for (;;) { try { a.push('x'.repeat(1000) + a.length) } catch (e) {} }"
        let error = failure(source, limits: limits)
        #expect(error?.kind == .limitExceeded(.memory))
        #expect(error?.description == "RangeError: out of memory (limit 8 MB)")
        #expect(error?.range != nil)
        // Charged before allocating: one call asking for far more than the budget.
        let entries = "var a = Array(1e5).fill(1); Object.entries(a)"
        #expect(failure(entries, limits: limits)?.kind == .limitExceeded(.memory))
        #expect(text(entries, of: failure(entries, limits: limits)) == "Object.entries(a)")
        #expect(failure("var o = {}; for (var i = 0; ; i++) o['k' + i] = i", limits: limits)?.kind == .limitExceeded(.memory))
        #expect(failure("var f = []; for (;;) f.push(function () { return f })", limits: limits)?.kind == .limitExceeded(.memory))
    }

    @Test("memory that was freed is not charged: only what the realm still holds counts")
    func freedMemory() {
        let limits = Limits(maxSteps: 50_000_000, maxMemory: 4 << 20)
        // 40 MB allocated in all, never more than 1 MB held at once.
        #expect(failure("for (var i = 0; i < 200; i++) { var s = 'x'.repeat(100000) + i; var t = s.slice(1) }", limits: limits) == nil)
        #expect(failure("var keep = []; for (var i = 0; i < 2000; i++) { keep = [keep.length, {a: 'y'.repeat(1000) + i}] }", limits: limits) == nil)
    }

    @Test("building a string with += appends in place: linear work, within the default budget")
    func stringBuilding() throws {
        let interpreter = ScriptInterpreter()
        let local = try interpreter.runProgram("(function () { var s = ''; for (var i = 0; i < 100000; i++) s += 'ab'; var t = s; s += 'x'; return [s.length, t.length] })()")
        #expect(interpreter.hostValue(local) == [200_001, 200_000])
        let global = try interpreter.runProgram("var g = ''; for (var i = 0; i < 100000; i++) { g += i % 10; } g.length")
        #expect(interpreter.hostValue(global) == 100_000)
        let lexical = try interpreter.runProgram("let l = 'a'; for (let i = 0; i < 100000; i++) l += 'b'; l.length")
        #expect(interpreter.hostValue(lexical) == 100_001)
    }

    @Test("a passed deadline ends the evaluation at its next checkpoint")
    func deadline() {
        let past = Deadline(instant: 0, seconds: 2.5)
        let error = failure("for (;;) {}", limits: Limits(maxSteps: Int.max / 2, deadline: past))
        #expect(error?.kind == .limitExceeded(.time))
        #expect(error?.description == "RangeError: time limit of 2.5 s exceeded")
        #expect(failure("1 + 1", limits: Limits(deadline: Deadline.after(seconds: 60))) == nil)
    }

    @Test("built-ins charge their work: a loop over big values stops as soon as an interpreted one")
    func nativeWork() throws {
        let programs = [
            "var s = ' '.repeat(10000) + 'x'; for (;;) { s.trim(); n++ }",
            "var s = '1'.repeat(10000); for (;;) { +s; n++ }",
            "var s = 'x'.repeat(10000); for (;;) { s.toUpperCase(); n++ }",
            "var a = 'x'.repeat(10000).split(''); for (;;) { a.reverse(); n++ }",
            "var a = 'x'.repeat(10000).split(''); for (;;) { a.join(''); n++ }",
            "var t = JSON.stringify(Array(5000).fill(1)); for (;;) { JSON.parse(t); n++ }",
            "var o = {}; for (var i = 0; i < 5000; i++) o['k' + i] = i; for (;;) { Object.assign({}, o); n++ }",
            "var s = 'x'.repeat(10000), t = 'x'.repeat(10000); for (;;) { s.localeCompare(t); s === t; n++ }",
            "var s = 'a'.repeat(10000), p = 'a'.repeat(500) + 'b'; for (;;) { s.indexOf(p); n++ }",
        ]
        for program in programs {
            let interpreter = ScriptInterpreter(limits: Limits(maxSteps: 100_000))
            do {
                _ = try interpreter.runProgram("var n = 0; " + program)
                Issue.record("\(program) ended")
            } catch {
                #expect(error.kind == .limitExceeded(.steps), "\(program): \(error)")
            }
            let iterations = interpreter.hostValue(interpreter.global("n") ?? .undefined)
            guard case .number(let count) = iterations else { Issue.record("no count for \(program)"); continue }
            // 10,000 units cost 625 steps: 100,000 steps buy at most 160 rounds.
            #expect(count < 200, "\(program) ran \(count) rounds")
        }
    }

    @Test("the default limits are documented values")
    func defaults() {
        let limits = Limits()
        #expect(limits.maxSteps == 1_000_000)
        #expect(limits.maxCallDepth == 200)
        #expect(limits.maxStringLength == 1 << 20)
        #expect(limits.maxArrayLength == 1 << 20)
        #expect(limits.maxMemory == 64 << 20)
        #expect(limits.maxLogLines == 1_000)
        #expect(limits.maxOutputLength == 1 << 20)
        #expect(limits.maxNestingDepth == 1_000)
        #expect(limits.deadline == nil)
    }
}
