/// Why no set of versions satisfies the graph, as a chain of facts ending in a conclusion:
/// `packageTest depends on versionTest v1.0.0; nesteddep1 v1.0.4 depends on versionTest v2.0.0;
/// no version of versionTest satisfies both`.
public struct ResolutionConflict: Sendable, Hashable {
    public var key: DependencyKey
    public var facts: [String]
    public var conclusion: String
    /// Other candidates that were tried for the packages involved, for a note.
    public var alsoTried: [String]

    public var message: String { (facts + [conclusion]).joined(separator: "; ") }
}
