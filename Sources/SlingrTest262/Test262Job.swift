/// One run of one test file in one mode: the text an engine executes and how to judge it.
public struct Test262Job: Sendable {
    /// The file, relative to the suite root (`test/built-ins/Array/...`).
    public var path: String
    public var mode: Test262Mode
    /// The test's source as the engine must run it (with `"use strict";` prepended in strict mode).
    public var source: String
    /// Harness files to evaluate first, in order, each as its own global script (empty for `raw`).
    public var harness: [Test262HarnessFile]
    /// Set when the test must end with an error of this phase and constructor.
    public var negative: Test262Metadata.Negative?

    public init(path: String, mode: Test262Mode, source: String, harness: [Test262HarnessFile], negative: Test262Metadata.Negative?) {
        self.path = path
        self.mode = mode
        self.source = source
        self.harness = harness
        self.negative = negative
    }

    /// The prefix test262 prescribes for the strict run of a test.
    public static let strictPrefix = "\"use strict\";\n"

    /// The run of `test` in `mode`, with the harness files it needs.
    public init(test: Test262Test, mode: Test262Mode, harness: Test262Harness) {
        self.path = test.path
        self.mode = mode
        self.source = mode == .strict ? Test262Job.strictPrefix + test.source : test.source
        self.harness = mode == .raw ? [] : harness.files(for: test.metadata)
        self.negative = test.metadata.negative
    }
}

/// A harness file by name (`assert.js`) with its source.
public struct Test262HarnessFile: Sendable, Hashable {
    public var name: String
    public var source: String

    public init(name: String, source: String) {
        self.name = name
        self.source = source
    }
}

/// The harness folder: `assert.js` and `sta.js` for every non-raw test, plus each test's
/// `includes`, in order.
public struct Test262Harness: Sendable {
    public var files: [String: String]

    public init(files: [String: String]) { self.files = files }

    /// The files a test needs; an include that does not exist is left out (the test then fails
    /// on the missing function, which shows in its message).
    public func files(for metadata: Test262Metadata) -> [Test262HarnessFile] {
        var names = ["assert.js", "sta.js"]
        for include in metadata.includes where !names.contains(include) { names.append(include) }
        return names.compactMap { name in files[name].map { Test262HarnessFile(name: name, source: $0) } }
    }
}

/// A selected test file.
public struct Test262Test: Sendable {
    public var path: String
    public var metadata: Test262Metadata
    public var source: String

    public init(path: String, metadata: Test262Metadata, source: String) {
        self.path = path
        self.metadata = metadata
        self.source = source
    }
}

/// How one run ended.
public enum Test262Verdict: Sendable, Equatable {
    case pass
    /// Why it failed: the uncaught error, or what was expected instead.
    case fail(String)
    /// The test uses a construct the engine documents as unsupported and refuses with a
    /// "not supported" error (class syntax, generators, `with`, ...) although no feature tag
    /// says so: it is left out of the pass rates, like a test skipped by its tags.
    case unsupported(String)

    public var passed: Bool { self == .pass }

    public var isUnsupported: Bool {
        if case .unsupported = self { return true }
        return false
    }
}

/// The verdict of one run, with its wall time.
public struct Test262Result: Sendable {
    public var path: String
    public var mode: Test262Mode
    public var verdict: Test262Verdict
    public var seconds: Double

    public init(path: String, mode: Test262Mode, verdict: Test262Verdict, seconds: Double) {
        self.path = path
        self.mode = mode
        self.verdict = verdict
        self.seconds = seconds
    }
}

/// Runs jobs. One worker is made per thread, on that thread, so it can keep caches (compiled
/// harness files) that are not thread-safe.
public protocol Test262Engine: Sendable {
    associatedtype Worker: Test262Worker
    func makeWorker() -> Worker
}

public protocol Test262Worker {
    mutating func run(_ job: Test262Job) -> Test262Verdict
}
