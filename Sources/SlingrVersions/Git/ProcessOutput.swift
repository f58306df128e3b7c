/// What a finished child process left behind.
public struct ProcessOutput: Sendable {
    /// The exit status, or 128 + the signal number when the child was killed by a signal.
    public var status: Int32
    public var stdout: [UInt8]
    public var stderr: [UInt8]
    /// `true` when the runner killed the child because it ran past its time limit.
    public var timedOut: Bool
    /// `true` when standard output went past the runner's output limit and the rest was
    /// discarded: the output is incomplete.
    public var truncated: Bool = false

    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}

/// Why a child process could not be run at all.
public struct ProcessRunnerError: Error, Sendable, Hashable, CustomStringConvertible {
    public var executable: String
    public var detail: String

    public var description: String { "cannot run '\(executable)': \(detail)" }
}
