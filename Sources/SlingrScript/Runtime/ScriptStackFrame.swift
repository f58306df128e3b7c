import SlingrDiagnostics

/// The name of a file code was compiled from. Shared by every function compiled from it, so a
/// stack frame names its file without copying the path.
public final class ScriptSourceName: Sendable {
    public let path: String

    public init(_ path: String) { self.path = path }
}

/// One frame of a JavaScript stack trace, innermost first: the function that was running,
/// the file it was compiled from and where in that file execution was (byte offsets).
public struct ScriptStackFrame: Sendable, Hashable {
    /// The function's name; empty for anonymous functions and a file's top level.
    public var function: String
    /// The file's path as given when it was compiled; nil for code compiled without one.
    public var path: String?
    /// Where in the file: the failing construct in the innermost frame, the call in the others.
    public var range: SourceRange?

    public init(function: String, path: String?, range: SourceRange?) {
        self.function = function
        self.path = path
        self.range = range
    }
}
