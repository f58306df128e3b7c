import Foundation
import SlingrScript
import SlingrTest262
import Testing

/// Runs the test262 subset kept next to the repository (a tarball in the shared test data)
/// through SlingrScript, in process on every core, and compares the outcome with
/// `Fixtures/test262/expectations.txt`: a run that fails without being listed there fails this
/// test; listed runs that pass are reported so the file can be tightened. With
/// `SLINGR_RECORD=1` the file is rewritten (reasons kept, new failures appended unclassified).
@Suite("test262 conformance")
struct Test262ConformanceTests {
    static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/", !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    static let tarball = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/test262/test262-subset.tar.gz").path
    static let expectationsPath = repositoryRoot.appendingPathComponent("Fixtures/test262/expectations.txt").path
    /// Runs too slow for a debug build (the bench and release builds run them).
    static let slowRunsPath = repositoryRoot.appendingPathComponent("Fixtures/test262/slow-runs.txt").path

    @Test("every selected run passes unless the expectations file lists it")
    func conformance() throws {
        guard FileManager.default.fileExists(atPath: Self.tarball) else {
            print("skipped: the test262 subset is not at \(Self.tarball)")
            return
        }
        let root = try Test262Archive.prepare(
            tarball: Self.tarball, destination: Self.repositoryRoot.appendingPathComponent(".build/test262").path)
        let threads = ProcessInfo.processInfo.activeProcessorCount
        let suite = try Test262Suite(root: root, selection: Test262Selection(), threads: threads)
        #expect(suite.malformed.isEmpty, "unreadable frontmatter: \(suite.malformed.prefix(5))")
        #expect(suite.tests.count > 10_000, "the subset looks incomplete: \(suite.tests.count) tests selected")
        var jobs = suite.jobs
        #if DEBUG
        let slow = try Test262Expectations(text: String(contentsOfFile: Self.slowRunsPath, encoding: .utf8))
        let slowEntries = Set(slow.entries)
        jobs.removeAll { slowEntries.contains(.init(path: $0.path, mode: $0.mode)) || slowEntries.contains(.init(path: $0.path)) }
        print("test262: skipping \(suite.jobs.count - jobs.count) runs listed as too slow for a debug build")
        #endif
        let start = Date()
        let results = Test262Runner.run(jobs, engine: SlingrScriptTest262Engine(), threads: threads)
        let seconds = Date().timeIntervalSince(start)
        let report = Test262Report(results: results)
        print("test262: \(results.count) runs of \(suite.tests.count) files in \(String(format: "%.1f", seconds)) s")
        print(report.table())

        let text = try String(contentsOfFile: Self.expectationsPath, encoding: .utf8)
        let expectations = try Test262Expectations(text: text)
        let comparison = expectations.compare(results)
        if ProcessInfo.processInfo.environment["SLINGR_RECORD"] == "1" {
            let header = text.split(separator: "\n", omittingEmptySubsequences: false)
                .prefix { $0.hasPrefix("#") && !$0.hasPrefix("## ") }.map { String($0.dropFirst(2)) }
            let notRun = Set(suite.jobs.map(\.path)).subtracting(results.map(\.path))
            let updated = expectations.updated(with: results, newReason: "not yet classified", keeping: notRun)
            try updated.text(header: header).write(toFile: Self.expectationsPath, atomically: true, encoding: .utf8)
            print("rewrote \(Self.expectationsPath)")
            return
        }
        if !comparison.unexpectedPasses.isEmpty {
            print("test262: \(comparison.unexpectedPasses.count) listed runs now pass; tighten the expectations (SLINGR_RECORD=1):")
            for result in comparison.unexpectedPasses.prefix(20) { print("  \(result.path) \(result.mode.rawValue)") }
        }
        let selected = Set(suite.tests.map(\.path))
        let stale = comparison.unmatched.filter { !selected.contains($0.path) }
        if !stale.isEmpty {
            print("test262: \(stale.count) expectation entries name no selected test, e.g. \(stale[0].path)")
        }
        if !comparison.unexpectedFailures.isEmpty {
            let lines = comparison.unexpectedFailures.prefix(30).map { result -> String in
                guard case .fail(let message) = result.verdict else { return "" }
                return "\(result.path) (\(result.mode.rawValue)): \(message.prefix(300))"
            }
            let summary = "\(comparison.unexpectedFailures.count) test262 runs fail that are not listed as known failures:"
            Issue.record(Comment(rawValue: ([summary] + lines).joined(separator: "\n")))
        }
    }
}
