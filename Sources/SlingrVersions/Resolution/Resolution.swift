import SlingrDiagnostics

/// Who asks for a requirement: the package being resolved, or a release of a dependency.
public enum RequirementOrigin: Sendable, Hashable, CustomStringConvertible {
    case root(String)
    case release(DependencyKey, Version)

    public var description: String {
        switch self {
        case .root(let name): return name
        case .release(let key, let version): return "\(key.name) \(version)"
        }
    }
}

/// One requirement in the graph, with who made it.
public struct Constraint: Sendable, Hashable {
    public var origin: RequirementOrigin
    public var key: DependencyKey
    public var requirement: VersionRequirement

    public init(origin: RequirementOrigin, key: DependencyKey, requirement: VersionRequirement) {
        self.origin = origin
        self.key = key
        self.requirement = requirement
    }

    /// `nesteddep1 v1.0.4 depends on versionTest v2.0.0` (services say so).
    public var fact: String {
        "\(origin) depends on \(key.kind == .service ? "service " : "")\(key.name) \(requirement)"
    }
}

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
