import SlingrDiagnostics
import SlingrScript

/// Everything a run produced: the result or the failure, what was logged, triggered and
/// requested, the storage afterwards, and the problems found along the way.
public struct RunReport: Sendable {
    public var target: String
    /// The value the step, function or listener returned; nil when it failed.
    public var result: HostValue?
    /// The result as `eval` shows values (strings raw, objects as indented JSON).
    public var resultText: String?
    public var failure: RunFailure?
    public var logs: [LogEntry]
    public var events: [TriggeredEvent]
    public var exchanges: [HTTPExchange]
    /// Platform functions called that are not emulated.
    public var notEmulated: [String]
    public var storage: RuntimeStorage
    /// Warnings: undeclared outputs or events.
    public var problems: [Diagnostic]
}

/// An uncaught exception (or a limit hit), with the JavaScript stack in the package's files.
public struct RunFailure: Sendable {
    /// `TypeError: Cannot read properties of undefined (reading 'x')`, `Uncaught 'oops'`.
    public var description: String
    public var kind: ScriptError.Kind
    /// Innermost first; frames in the runtime's own code are left out.
    public var frames: [LocatedFrame]
    /// The failure located at its innermost frame in a package file (or a syntax error).
    public var diagnostic: Diagnostic?
    /// What was thrown, as data.
    public var thrown: HostValue?
}

/// A stack frame with its position in a package file.
public struct LocatedFrame: Sendable, Hashable, CustomStringConvertible {
    public var function: String
    public var path: String
    public var line: Int
    public var column: Int

    /// `at name (path:line:column)` or `at path:line:column`, as node prints frames.
    public var description: String {
        let place = "\(path):\(line):\(column)"
        return function.isEmpty ? "at \(place)" : "at \(function) (\(place))"
    }
}
