import SlingrDiagnostics

/// A limit was exceeded: unwinds everything, `catch` does not see it.
struct LimitExceeded: Error {
    let kind: Limits.Kind
    let message: String
    var range: SourceRange?
}
