import SlingrDiagnostics

/// A limit was exceeded: unwinds everything, `catch` does not see it.
struct LimitExceeded: Error {
    let kind: Limits.Kind
    let message: String
    var range: SourceRange?
    /// The script frames unwound so far, innermost first, as for `JSException`.
    var frames: [ScriptStackFrame] = []
    var frameRange: SourceRange?

    init(kind: Limits.Kind, message: String, range: SourceRange? = nil) {
        self.kind = kind
        self.message = message
        self.range = range
        self.frameRange = range
    }
}
