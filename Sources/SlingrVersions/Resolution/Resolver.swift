import SlingrDiagnostics

/// Chooses versions for a package's dependencies.
///
/// Direct: for each declared dependency, the highest release that satisfies its requirement,
/// and the latest release. Transitive, where sources provide descriptors at tags: one version
/// per package that satisfies every requirement in the graph, found by depth-first search with
/// backtracking. The package with the fewest remaining candidates is decided first, candidates
/// are tried highest first, and a step limit bounds the search. When nothing works, the first
/// genuine incompatibility met is explained as a chain of facts.
///
/// Services are leaves: they have no descriptors of this kind. Each service requirement is
/// resolved on its own (every package selects its own service instance); requirements on the
/// same service that no single release satisfies together are reported as a warning.
///
/// A package that depends, directly or not, on itself or on the root is a cycle: an error.
public final class Resolver {
    public static let conflictRule = VersionConflictRule.description.id
    public static let cycleRule = DependencyCycleRule.description.id
    public static let skippedTagRule = VersionTagSkippedRule.description.id
    public static let serviceMismatchRule = ServiceVersionsDifferRule.description.id

    public let provider: any ReleaseProvider
    /// Candidate versions tried before giving up.
    public var stepLimit: Int
    /// Packages in one graph at most; also bounds the search's recursion depth.
    public var packageLimit: Int

    public init(provider: any ReleaseProvider, stepLimit: Int = 100_000, packageLimit: Int = 200) {
        self.provider = provider
        self.stepLimit = stepLimit
        self.packageLimit = packageLimit
    }

    public func resolve(rootName: String, dependencies: [DependencyDeclaration]) throws(VersionSourceError) -> Resolution {
        var run = ResolverRun(provider: provider, rootName: rootName, stepLimit: stepLimit, packageLimit: packageLimit)
        return try run.resolve(dependencies)
    }
}
