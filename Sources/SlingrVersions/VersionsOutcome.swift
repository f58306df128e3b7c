import SlingrDiagnostics

/// A finished resolution with every finding, and the files read (for excerpts).
public struct VersionsOutcome: Sendable {
    public var resolution: Resolution
    /// Descriptor problems (malformed versions with fix-its), cache warnings, conflicts, cycles,
    /// and skipped tags as notes.
    public var diagnostics: [Diagnostic]
    public var sources: [SourceFile]

    public init(resolution: Resolution, diagnostics: [Diagnostic], sources: [SourceFile]) {
        self.resolution = resolution
        self.diagnostics = diagnostics
        self.sources = sources
    }

    /// Exit status 1 material: any error, a malformed or unsatisfied requirement.
    public var failed: Bool {
        !resolution.succeeded || diagnostics.contains { $0.severity == .error }
    }
}

/// Why nothing could be resolved (unreadable input, an unreachable source): exit status 2.
public struct VersionsFailure: Error, Sendable {
    public var message: String
    public var diagnostics: [Diagnostic]
    public var sources: [SourceFile]
    /// The git source that could not be read, when that is the reason.
    public var sourceName: String?

    public init(message: String, diagnostics: [Diagnostic] = [], sources: [SourceFile] = [], sourceName: String? = nil) {
        self.message = message
        self.diagnostics = diagnostics
        self.sources = sources
        self.sourceName = sourceName
    }
}
