import SlingrDiagnostics

/// A JavaScript exception in flight (catchable by `try`/`catch`).
struct JSException: Error, @unchecked Sendable {
    var value: Value
    var range: SourceRange?
}
