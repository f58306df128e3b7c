import SlingrDiagnostics

/// Why a package could not be set up to run: no descriptor, a configuration builder that
/// fails, an unreadable dependency. Bad input, reported with its diagnostics.
public struct RuntimeSetupError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var diagnostics: [Diagnostic]

    public init(_ message: String, diagnostics: [Diagnostic] = []) {
        self.message = message
        self.diagnostics = diagnostics
    }

    public var description: String { message }
}
