/// One dependency of a release in the resolved graph.
public struct GraphEdge: Sendable, Hashable {
    public var key: DependencyKey
    public var requirement: VersionRequirement
    /// The release used for this edge: the package's graph-wide choice, or for a service the
    /// highest release satisfying this requirement.
    public var release: Release?
}

/// The versions chosen for every package reachable from the root, and their dependencies.
public struct ResolutionGraph: Sendable {
    public var selections: [DependencyKey: Release]
    /// Dependencies per package (in descriptor order); packages whose descriptors are not
    /// available have no entry and are listed in `unknownDescriptors`.
    public var edges: [DependencyKey: [GraphEdge]]
    /// The root's own dependencies, in declaration order.
    public var rootEdges: [GraphEdge]
    public var unknownDescriptors: Set<DependencyKey>
}
