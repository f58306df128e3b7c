/// One released version and the tag it was read from (the tag is what git needs back).
public struct Release: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var version: Version
    public var tag: String

    public init(version: Version, tag: String) {
        self.version = version
        self.tag = tag
    }

    public static func < (lhs: Release, rhs: Release) -> Bool { lhs.version < rhs.version }

    public var description: String { version.description }
}

/// A tag that is not a release, and why (`develop`, `v.0.0.5`), for verbose output.
public struct SkippedTag: Sendable, Hashable {
    public var tag: String
    public var reason: String

    public init(tag: String, reason: String) {
        self.tag = tag
        self.reason = reason
    }
}
