import Foundation
import SlingrDiagnostics
import SlingrScript

/// `slingr-pkg-bench script` workload (d): pathological sources of about 1 MB (a million-term
/// `+` chain, 300,000 member accesses or calls, a million `!`, 100,000 nested parentheses,
/// conditionals or functions, 100,000 `else if` branches). Each must parse, compile and
/// evaluate, or stop with the documented nesting limit, in time linear in its size: the
/// in-process phases are timed separately, then `slingr-pkg eval -` (the code on standard
/// input) and `slingr-pkg preview --check` (the expression as a field's `visibility`) run as
/// child processes, with wall time and peak memory (`ru_maxrss`). Goal: every case under 2 s
/// and 200 MB through both commands.
enum SourceBudgetBenchmark {
    struct Case {
        let name: String
        let source: String
        /// A statement list (run with `eval --statements`; no `visibility` form).
        var statements = false
    }

    static func cases(scale: Int) -> [Case] {
        func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count / scale) }
        let selfObject = "(function () { var o = {}; o.o = o; return o; })()"
        let selfFunction = "(function f() { return f; })"
        let fluent = "(function () { var o = { m: function () { return o; } }; return o; })()"
        return [
            Case(name: "500k-term + chain (1 MB)", source: "1" + repeated("+1", 500_000)),
            Case(name: "1M-term + chain (2 MB)", source: "1" + repeated("+1", 1_000_000)),
            Case(name: "330k-term && chain", source: "1" + repeated("&&1", 330_000)),
            Case(name: "300k member accesses", source: selfObject + repeated(".o", 300_000)),
            Case(name: "300k calls", source: selfFunction + repeated("()", 300_000)),
            Case(name: "200k method calls", source: fluent + repeated(".m()", 200_000)),
            Case(name: "500k-element comma sequence", source: "(1" + repeated(",1", 500_000) + ")"),
            Case(name: "100k else-if branches", source: "var x = 0, r;\nif (x === 1) r = 1;" + repeated(" else if (x === 1) r = 1;", 100_000) + " else r = 2;\nr", statements: true),
            Case(name: "1M ! (nesting limit)", source: repeated("!", 1_000_000) + "0"),
            Case(name: "100k parentheses (nesting limit)", source: repeated("(", 100_000) + "1" + repeated(")", 100_000)),
            Case(name: "100k ?: (nesting limit)", source: repeated("1 ? 1 : ", 100_000) + "1"),
            Case(name: "100k functions (nesting limit)", source: repeated("(function () { return ", 100_000) + "1" + repeated("; })()", 100_000)),
        ]
    }

    struct InProcess {
        var parse: Double
        var compile: Double
        var evaluate: Double
        var outcome: String
    }

    /// Parse, compile and evaluate `testCase` in this process, each phase timed.
    static func measureInProcess(_ testCase: Case) -> InProcess {
        var result = InProcess(parse: 0, compile: 0, evaluate: 0, outcome: "")
        let file = SourceFile(path: "<bench>", text: testCase.source)
        var compiled: CompiledScript?
        if testCase.statements {
            var parsed: ParseResult<Program>?
            result.parse = BenchmarkClock.time { parsed = JavaScriptParser.parseStatements(file) }
            guard let parsed, parsed.isValid else { result.outcome = parsed?.errors.first?.description ?? "?"; return result }
            result.compile = BenchmarkClock.time { compiled = try? CompiledScript.statements(parsed.tree) }
        } else {
            var parsed: ParseResult<SlingrScript.Expression?>?
            result.parse = BenchmarkClock.time { parsed = JavaScriptParser.parseExpression(file) }
            guard let parsed, parsed.isValid, let tree = parsed.tree else {
                result.outcome = parsed?.errors.first?.description ?? "?"
                return result
            }
            var failure: ScriptError?
            result.compile = BenchmarkClock.time {
                do throws(ScriptError) { compiled = try CompiledScript.expression(tree) } catch { failure = error }
            }
            if let failure { result.outcome = failure.description; return result }
        }
        guard let compiled else { result.outcome = "did not compile"; return result }
        let interpreter = ScriptInterpreter()
        var outcome = ""
        result.evaluate = BenchmarkClock.time {
            do throws(ScriptError) {
                outcome = "value " + interpreter.display(try interpreter.evaluate(compiled))
            } catch {
                outcome = error.description
            }
        }
        result.outcome = outcome
        return result
    }

    struct ChildRun {
        var seconds: Double
        var peakMegabytes: Double
        var status: Int32
        var firstLine: String
    }

    /// Runs the tool with `input` on standard input; wall time, peak resident memory, exit
    /// status and the first line of its standard error.
    ///
    /// The tool is started by a fresh `slingr-pkg-bench script --measure-child` process: on
    /// Linux a process's peak memory counts the memory of the process that spawned it as it was
    /// at the spawn, and this benchmark process holds the big sources it has just measured.
    static func runChild(_ tool: String, _ arguments: [String], input: String, directory: URL) -> ChildRun? {
        let inputURL = directory.appendingPathComponent("stdin.txt")
        let errorURL = directory.appendingPathComponent("stderr.txt")
        let reportURL = directory.appendingPathComponent("report.txt")
        guard (try? input.write(to: inputURL, atomically: true, encoding: .utf8)) != nil else { return nil }
        let bench = CommandLine.arguments[0]
        let helper = [bench, "script", "--measure-child", inputURL.path, "/dev/null", errorURL.path, tool] + arguments
        guard let status = spawn(helper, stdin: "/dev/null", stdout: reportURL.path, stderr: "/dev/null")?.status, status == 0,
              let report = try? String(contentsOf: reportURL, encoding: .utf8)
        else { return nil }
        let fields = report.split(separator: " ")
        guard fields.count == 3, let seconds = Double(fields[0]), let kilobytes = Double(fields[1]),
              let exit = Int32(fields[2].trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        let errorText = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
        let firstLine = errorText.split(separator: "\n", maxSplits: 1).first.map { String($0.prefix(120)) } ?? ""
        return ChildRun(seconds: seconds, peakMegabytes: kilobytes / 1024, status: exit, firstLine: firstLine)
    }

    /// `slingr-pkg-bench script --measure-child <stdin file> <stdout file> <stderr file> <tool>
    /// <arguments...>`: runs the tool and prints its wall time in seconds, peak resident memory
    /// in KB and exit status (see `runChild`; the hostile-program tests use it too).
    static func measureChildMain(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 4 else { return 2 }
        guard let run = spawn(Array(arguments[3...]), stdin: arguments[0], stdout: arguments[1], stderr: arguments[2]) else { return 1 }
        print(String(format: "%.6f %ld %d", run.seconds, run.usage.ru_maxrss, run.status))
        return 0
    }

    /// Spawns `command` with its standard streams redirected to files and waits for it.
    private static func spawn(_ command: [String], stdin: String, stdout: String, stderr: String) -> (seconds: Double, status: Int32, usage: rusage)? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard let path = command.first, posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (seconds, exit, usage)
    }

    /// A package whose one field has `expression` as its `visibility`.
    static func writePackage(expression: String, in directory: URL) -> String? {
        let package = directory.appendingPathComponent("package")
        try? FileManager.default.createDirectory(at: package, withIntermediateDirectories: true)
        let field: [String: Any] = ["label": "Field", "name": "field", "type": "text", "visibility": expression]
        let descriptor: [String: Any] = ["name": "budget", "label": "Budget", "configuration": [field]]
        guard let data = try? JSONSerialization.data(withJSONObject: descriptor),
              (try? data.write(to: package.appendingPathComponent("package.json"))) != nil else { return nil }
        return package.path
    }

    static func run(quick: Bool) {
        let scale = quick ? 10 : 1
        print("(d) pathological sources\(quick ? " (a tenth of the size with --quick)" : ""): parse, compile, evaluate in process")
        print("    " + "case".padding(toLength: 34, withPad: " ", startingAt: 0) + "    size    parse  compile evaluate  outcome")
        let all = cases(scale: scale)
        for testCase in all {
            let measured = measureInProcess(testCase)
            print("    " + testCase.name.padding(toLength: 34, withPad: " ", startingAt: 0)
                + String(format: "%5.2f MB %6.0f ms %6.0f ms %6.0f ms  ", Double(testCase.source.utf8.count) / 1e6,
                         measured.parse * 1000, measured.compile * 1000, measured.evaluate * 1000)
                + String(measured.outcome.prefix(70)))
        }
        let tool = BenchmarkClock.toolPath
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            print("    \(tool) not found: child-process measurements skipped")
            return
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slingr-bench-budget-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        print("")
        print("    through the CLI (cold process; goal under 2 s and 200 MB each)")
        print("    " + "case".padding(toLength: 34, withPad: " ", startingAt: 0) + "  eval -                     preview --check")
        var worstSeconds = 0.0
        var worstMegabytes = 0.0
        for testCase in all {
            var columns: [String] = []
            let evalArguments = testCase.statements ? ["eval", "-", "--statements"] : ["eval", "-"]
            if let run = runChild(tool, evalArguments, input: testCase.source, directory: directory) {
                columns.append(String(format: "%6.0f ms %4.0f MB exit %d", run.seconds * 1000, run.peakMegabytes, run.status))
                worstSeconds = max(worstSeconds, run.seconds)
                worstMegabytes = max(worstMegabytes, run.peakMegabytes)
            } else {
                columns.append("could not run".padding(toLength: 25, withPad: " ", startingAt: 0))
            }
            if testCase.statements {
                columns.append("n/a (statements)")
            } else if let package = writePackage(expression: testCase.source, in: directory),
                      let run = runChild(tool, ["preview", package, "--check"], input: "", directory: directory) {
                columns.append(String(format: "%6.0f ms %4.0f MB exit %d", run.seconds * 1000, run.peakMegabytes, run.status))
                worstSeconds = max(worstSeconds, run.seconds)
                worstMegabytes = max(worstMegabytes, run.peakMegabytes)
            } else {
                columns.append("could not run")
            }
            print("    " + testCase.name.padding(toLength: 34, withPad: " ", startingAt: 0) + "  " + columns.joined(separator: "  "))
        }
        let met = worstSeconds < 2 && worstMegabytes < 200
        print(String(format: "    worst: %.0f ms, %.0f MB (goal under 2 s and 200 MB: %@)", worstSeconds * 1000, worstMegabytes, met ? "met" : "NOT met"))
    }
}
