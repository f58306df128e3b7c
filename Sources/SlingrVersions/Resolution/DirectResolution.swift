/// The outcome for one dependency the package declares.
public struct DirectResolution: Sendable {
    public enum Status: Sendable, Hashable {
        /// A release satisfies the requirement.
        case resolved
        /// The `version` text is malformed.
        case malformed(VersionSyntaxError)
        /// No source lists this name.
        case unknown
        /// Releases exist, none satisfies the requirement.
        case unsatisfied
    }

    public var declaration: DependencyDeclaration
    public var status: Status
    /// The highest release satisfying the requirement on its own.
    public var highest: Release?
    /// The release chosen for the whole graph (equals `highest` unless another requirement in
    /// the graph holds it back); `nil` when the graph was not resolved.
    public var selected: Release?
    public var latest: Release?
    /// Everything released under this name, when a source knows it.
    public var releases: ReleaseList?

    /// What the table shows as resolved: the graph's choice, else the direct answer.
    public var resolved: Release? { selected ?? highest }

    public var isFailure: Bool {
        switch status {
        case .resolved: return false
        case .malformed, .unknown, .unsatisfied: return true
        }
    }
}
