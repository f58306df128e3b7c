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
