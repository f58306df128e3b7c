import SlingrDiagnostics
import SlingrPackage
import SlingrScript

/// Runs a package's tests: every `test/**/*.test.js` file, each in a runtime of its own (files
/// load once per test file), each test with a fresh step budget, the storage it started with,
/// and no HTTP replies but the replies file's and its own.
///
/// Test files see the package like its own files do (`pkg`, `config`, `sys`, `dependencies`) plus
/// the test API: `test`/`it`, `describe`, `beforeEach`, `afterEach`, `expect`, `http.reply`,
/// `http.requests`, `logs`, `events`, `storage`, `runStep`, `runListener` and `webhookEvent`
/// (see `TestAPI`).
public enum PackageTestRunner {
    /// `test/**/*.test.js`, repository-relative, in path order.
    public static func testFiles(_ repository: PackageRepository) -> [String] {
        var found: [String] = []
        func walk(_ folder: String, depth: Int) {
            guard depth < 32 else { return }
            for name in repository.list(folder) {
                let path = PathName.join(folder, name)
                switch repository.kind(path) {
                case .directory?: walk(path, depth: depth + 1)
                case .file? where name.hasSuffix(".test.js"): found.append(path)
                default: break
                }
            }
        }
        walk("test", depth: 0)
        return found.sorted()
    }

    /// Runs the tests whose full name contains `grep` (all when nil).
    public static func run(_ repository: PackageRepository, files: [String], options: RuntimeOptions, grep: String? = nil)
        throws(RuntimeSetupError) -> TestRunReport
    {
        var report = TestRunReport(files: [])
        for path in files {
            let runtime = try PackageRuntime(repository: repository, options: options)
            report.files.append(runtime.runTestFile(path, grep: grep, initialStorage: options.storage))
        }
        return report
    }
}

extension PackageRuntime {
    /// Loads one test file and runs its tests.
    func runTestFile(_ path: String, grep: String?, initialStorage: RuntimeStorage) -> TestFileResult {
        let display = repository.displayPath(path)
        var result = TestFileResult(path: display, tests: [], loadFailure: nil)
        let api: Value
        do {
            api = try TestAPI.install(in: self)
        } catch {
            result.loadFailure = RunFailure(description: error.description, kind: .error, frames: [], diagnostic: nil, thrown: nil)
            return result
        }
        let main = self.main
        let load = interpreter.context.makeFunction("load") { call in
            try main.load(path, call.context)
            return .undefined
        }
        do throws(ScriptError) {
            _ = try interpreter.call(load, this: .undefined, arguments: [])
        } catch {
            result.loadFailure = failure(error)
            return result
        }
        let context = interpreter.context
        guard let tests = try? context.get(api, "__tests"), let entries = context.elements(tests),
              let runner = try? context.get(api, "__run") else { return result }
        for (index, entry) in entries.enumerated() {
            let name = (try? context.toString(context.get(entry, "name"))) ?? "test \(index + 1)"
            if let grep, !name.contains(grep) { continue }
            if (try? context.get(entry, "skip"))?.isTruthy == true {
                result.tests.append(TestCaseResult(name: name, status: .skipped, failure: nil, logs: []))
                continue
            }
            state.journal.storage = initialStorage
            state.replies.testReplies = []
            state.testMark = journalMark
            do throws(ScriptError) {
                _ = try interpreter.call(runner, this: .undefined, arguments: [.number(Double(index))])
                result.tests.append(TestCaseResult(name: name, status: .passed, failure: nil, logs: []))
            } catch {
                let logs = Array(state.journal.logs[(state.testMark?.logs ?? 0)...])
                result.tests.append(TestCaseResult(name: name, status: .failed, failure: failure(error), logs: logs))
            }
        }
        return result
    }
}
