import Foundation
import SlingrDiagnostics
import SlingrScript
import SlingrTest262

/// `slingr-pkg-bench test262`: runs the test262 subset through the project's runner, in
/// process on every core, and prints pass rates per folder, the slowest runs and the failures
/// grouped by message; `--engine node` runs node through the same runner for comparison.
///
/// Options: `--suite DIR` (an unpacked suite; default `.build/test262`, unpacked from
/// `--archive FILE` when missing), `--engine slingr|node`, `--threads N`, `--depth N` (folder
/// depth of the table), `--filter TEXT` (only paths containing it), `--failures` (list them),
/// `--expectations FILE` (compare with an expectations file), `--record FILE` (rewrite it),
/// `--dump FILE` (every run that did not pass, one per line), `--record-slow FILE` (the runs
/// slower than `--slow-threshold SECONDS`, which debug `swift test` skips).
enum Test262Benchmark {
    static func run(arguments: [String]) -> Int32 {
        func option(_ name: String) -> String? {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
            return arguments[index + 1]
        }
        var suitePath = option("--suite") ?? ".build/test262"
        if let archive = option("--archive") {
            do {
                suitePath = try Test262Archive.prepare(tarball: archive, destination: suitePath)
            } catch {
                print("error: \(error.description)")
                return 2
            }
        }
        let threads = option("--threads").flatMap(Int.init) ?? ProcessInfo.processInfo.activeProcessorCount
        let depth = option("--depth").flatMap(Int.init) ?? 2
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let suite: Test262Suite
        do {
            suite = try Test262Suite(root: suitePath, selection: Test262Selection(), threads: threads)
        } catch {
            print("error: cannot read the suite at '\(suitePath)': \(error.description) (unpack it with --archive FILE)")
            return 2
        }
        var jobs = suite.jobs
        if let filter = option("--filter") { jobs = jobs.filter { $0.path.contains(filter) } }
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
        let engineName = option("--engine") ?? "slingr"
        print("test262: \(suite.tests.count) selected files (\(suite.skipped.count) skipped, \(suite.malformed.count) malformed), \(jobs.count) runs, \(engineName), \(threads) threads")
        let start = DispatchTime.now().uptimeNanoseconds
        let results: [Test262Result]
        switch engineName {
        case "slingr":
            results = Test262Runner.run(jobs, engine: SlingrScriptTest262Engine(), threads: threads)
        case "node":
            guard let node = ScriptBenchmark.findNode() else {
                print("error: node not found")
                return 2
            }
            results = Test262Runner.run(jobs, engine: NodeTest262Engine(executable: node), threads: threads)
        default:
            print("error: unknown engine '\(engineName)' (slingr or node)")
            return 2
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "loaded in %.2f s, ran in %.2f s (%.0f runs/s)", loadSeconds, seconds, Double(results.count) / seconds))
        print("")
        print(Test262Report(results: results, depth: depth).table())
        print("")
        let slowest = option("--slowest").flatMap(Int.init) ?? 5
        let sorted = results.sorted(by: { $0.seconds > $1.seconds })
        let total = results.reduce(0) { $0 + $1.seconds }
        for count in [10, 100, 1000] where count < results.count {
            let share = sorted.prefix(count).reduce(0) { $0 + $1.seconds }
            print(String(format: "the slowest %d runs take %.1f s of %.1f s", count, share, total))
        }
        print("slowest runs:")
        for result in sorted.prefix(slowest) {
            print(String(format: "  %7.3f s  %@ (%@)", result.seconds, result.path, result.mode.rawValue))
        }
        if let path = option("--record-slow") {
            let threshold = option("--slow-threshold").flatMap(Double.init) ?? 0.02
            let slow = results.filter { $0.seconds > threshold }.map { Test262Expectations.Entry(path: $0.path, mode: $0.mode) }
            let list = Test262Expectations(groups: [(Test262Benchmark.slowReason(threshold), slow)])
            let header = [
                "test262 runs too slow for a debug build (measured in a release build, \(threads) threads):",
                "a debug `swift test` skips them; `slingr-pkg-bench test262` and release builds run them.",
                "Rewritten by `slingr-pkg-bench test262 --record-slow FILE [--slow-threshold SECONDS]`.",
            ]
            try? list.text(header: header).write(toFile: path, atomically: true, encoding: .utf8)
            print("wrote \(slow.count) slow runs to \(path)")
        }
        if let path = option("--dump") {
            let lines = results.compactMap { result -> String? in
                switch result.verdict {
                case .pass: return nil
                case .fail(let message): return "\(result.path) \(result.mode.rawValue): \(message.replacingOccurrences(of: "\n", with: " "))"
                case .unsupported(let message): return "\(result.path) \(result.mode.rawValue): unsupported: \(message)"
                }
            }
            try? (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        if arguments.contains("--failures") {
            print("")
            printFailures(results.filter { !$0.verdict.passed })
        }
        if let path = option("--expectations") ?? option("--record") {
            return compare(results, expectationsPath: path, record: option("--record") != nil)
        }
        return 0
    }

    static func slowReason(_ threshold: Double) -> String {
        "slower than \(Int(threshold * 1000)) ms"
    }

    /// Failures grouped by their message with numbers and quoted text blurred.
    static func printFailures(_ failures: [Test262Result]) {
        var groups: [String: [Test262Result]] = [:]
        for failure in failures {
            guard case .fail(let message) = failure.verdict else { continue }
            groups[blur(message), default: []].append(failure)
        }
        for (message, members) in groups.sorted(by: { $0.value.count > $1.value.count }) {
            print("\(members.count)  \(message)")
            for member in members.prefix(4) { print("      \(member.path) \(member.mode.rawValue)") }
        }
    }

    static func blur(_ message: String) -> String {
        var text = String(message.prefix(160))
        text = text.replacingOccurrences(of: "'[^']*'", with: "'…'", options: .regularExpression)
        text = text.replacingOccurrences(of: "\"[^\"]*\"", with: "\"…\"", options: .regularExpression)
        text = text.replacingOccurrences(of: "[0-9]+", with: "N", options: .regularExpression)
        return text
    }

    static func compare(_ results: [Test262Result], expectationsPath: String, record: Bool) -> Int32 {
        let text = (try? String(contentsOfFile: expectationsPath, encoding: .utf8)) ?? ""
        let expectations: Test262Expectations
        do {
            expectations = try Test262Expectations(text: text)
        } catch {
            print("error: \(error.description)")
            return 2
        }
        let comparison = expectations.compare(results)
        print("")
        print("expectations: \(comparison.unexpectedFailures.count) unexpected failures, \(comparison.unexpectedPasses.count) unexpected passes, \(comparison.unmatched.count) unmatched entries")
        for failure in comparison.unexpectedFailures.prefix(40) {
            if case .fail(let message) = failure.verdict { print("  FAIL \(failure.path) \(failure.mode.rawValue): \(message.prefix(200))") }
        }
        if record {
            let header = text.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("#") && !$0.hasPrefix("## ") }
                .map { String($0.dropFirst(2)) }
            let updated = expectations.updated(with: results, newReason: "not yet classified")
            do {
                try updated.text(header: header).write(toFile: expectationsPath, atomically: true, encoding: .utf8)
            } catch {
                print("error: cannot write '\(expectationsPath)': \(error.localizedDescription)")
                return 2
            }
            print("rewrote \(expectationsPath)")
        }
        return comparison.unexpectedFailures.isEmpty ? 0 : 1
    }
}
