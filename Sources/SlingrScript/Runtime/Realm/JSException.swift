import SlingrDiagnostics

/// A JavaScript exception in flight (catchable by `try`/`catch`).
struct JSException: Error, @unchecked Sendable {
    var value: Value
    /// Where it was thrown: the innermost located construct.
    var range: SourceRange?
    /// The script frames it has unwound through, innermost first (see `ScriptClosure`).
    var frames: [ScriptStackFrame] = []
    /// The position in the frame being unwound, not yet recorded in `frames`.
    var frameRange: SourceRange?

    init(value: Value, range: SourceRange?) {
        self.value = value
        self.range = range
        self.frameRange = range
    }
}
