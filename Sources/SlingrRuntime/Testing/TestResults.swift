import SlingrDiagnostics
import SlingrScript

/// What `slingr-pkg test` found: per test file, each test's outcome.
public struct TestRunReport: Sendable {
    public var files: [TestFileResult]

    public var passed: Int { files.reduce(0) { $0 + $1.tests.filter { $0.status == .passed }.count } }
    /// Failed tests plus files that did not load.
    public var failed: Int { files.reduce(0) { $0 + $1.tests.filter { $0.status == .failed }.count + ($1.loadFailure == nil ? 0 : 1) } }
    public var skipped: Int { files.reduce(0) { $0 + $1.tests.filter { $0.status == .skipped }.count } }
    public var total: Int { files.reduce(0) { $0 + $1.tests.count } }
}

public struct TestFileResult: Sendable {
    /// The file's display path.
    public var path: String
    public var tests: [TestCaseResult]
    /// The file itself threw (or did not parse) while registering its tests.
    public var loadFailure: RunFailure?
}

public struct TestCaseResult: Sendable {
    public enum Status: String, Sendable {
        case passed, failed, skipped
    }

    /// The name with its `describe` names, joined with ` > `.
    public var name: String
    public var status: Status
    public var failure: RunFailure?
    /// What the test logged, for reports of failed tests.
    public var logs: [LogEntry]
}
