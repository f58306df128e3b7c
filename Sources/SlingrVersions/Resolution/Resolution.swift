import SlingrDiagnostics

/// Everything `resolve` and `outdated` report.
public struct Resolution: Sendable {
    public var rootName: String
    public var direct: [DirectResolution]
    /// The resolved graph; `nil` when there is a conflict or nothing to resolve transitively.
    public var graph: ResolutionGraph?
    public var conflict: ResolutionConflict?
    /// Each cycle as the packages along it, starting and ending with the same name.
    public var cycles: [[String]]
    /// Warnings and notes met on the way (skipped tags are notes, for verbose output).
    public var diagnostics: [Diagnostic]

    /// `true` when every requirement is well formed and satisfied, with no conflict or cycle.
    public var succeeded: Bool {
        !direct.contains(where: \.isFailure) && conflict == nil && cycles.isEmpty
    }
}
