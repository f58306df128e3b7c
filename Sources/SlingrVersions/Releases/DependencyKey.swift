/// Whether a dependency names a package (which has a descriptor and dependencies of its own) or
/// a service (a leaf).
public enum DependencyKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case package
    case service

    public static func < (lhs: DependencyKind, rhs: DependencyKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A package or service by kind and name: the unit versions are chosen for.
public struct DependencyKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var kind: DependencyKind
    public var name: String

    public init(_ kind: DependencyKind, _ name: String) {
        self.kind = kind
        self.name = name
    }

    public static func < (lhs: DependencyKey, rhs: DependencyKey) -> Bool {
        (lhs.name, lhs.kind) < (rhs.name, rhs.kind)
    }

    public var description: String { name }
}
