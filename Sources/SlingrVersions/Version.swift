/// A released version as Slingr writes it: `vMAJOR.MINOR.PATCH`, optionally followed by a
/// pre-release (`-dev`, `-rc.1`) and build metadata (`+build.5`).
///
/// Ordering is Semantic Versioning 2.0 precedence: numbers compare numerically, a pre-release
/// sorts before its release, and build metadata is ignored. Equality and hashing follow the same
/// rule (`v1.0.0+a == v1.0.0+b`), so `<`, `==` and `hash` agree; the metadata is still kept for
/// display.
public struct Version: Sendable, Comparable, Hashable, CustomStringConvertible {
    public let major: Int
    public let minor: Int
    public let patch: Int
    /// Empty for a release.
    public let prerelease: [PrereleaseIdentifier]
    /// The text after `+` (without it), or `nil`.
    public let buildMetadata: String?

    public init(major: Int, minor: Int, patch: Int, prerelease: [PrereleaseIdentifier] = [], buildMetadata: String? = nil) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.prerelease = prerelease
        self.buildMetadata = buildMetadata
    }

    public var isPrerelease: Bool { !prerelease.isEmpty }

    /// The same version without pre-release or build metadata (`v1.2.3-rc.1` gives `v1.2.3`).
    public var release: Version { Version(major: major, minor: minor, patch: patch) }

    /// Parses strict Slingr syntax. Errors say what is wrong and, when it is clear, how to write it.
    public static func parse(_ text: String) -> Result<Version, VersionSyntaxError> {
        if let version = VersionScanner.version(text) { return .success(version) }
        return .failure(VersionTextAnalyzer.diagnose(text, allowsOperator: false))
    }

    /// Strict parse without the explanation, for the hot path.
    public init?(_ text: String) {
        guard let version = VersionScanner.version(text) else { return nil }
        self = version
    }

    /// `vMAJOR.MINOR.PATCH[-PRE][+BUILD]`.
    public var description: String {
        var text = "v\(major).\(minor).\(patch)"
        if !prerelease.isEmpty {
            text += "-"
            text += prerelease.map(\.description).joined(separator: ".")
        }
        if let buildMetadata { text += "+" + buildMetadata }
        return text
    }

    /// The same text without the leading `v`, as npm and plain SemVer tools write it.
    public var semverText: String { String(description.dropFirst()) }

    public static func < (lhs: Version, rhs: Version) -> Bool { compare(lhs, rhs) < 0 }

    public static func == (lhs: Version, rhs: Version) -> Bool {
        lhs.major == rhs.major && lhs.minor == rhs.minor && lhs.patch == rhs.patch && lhs.prerelease == rhs.prerelease
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(major)
        hasher.combine(minor)
        hasher.combine(patch)
        hasher.combine(prerelease)
    }

    /// Three-way SemVer precedence: negative, zero or positive.
    public static func compare(_ lhs: Version, _ rhs: Version) -> Int {
        if lhs.major != rhs.major { return lhs.major < rhs.major ? -1 : 1 }
        if lhs.minor != rhs.minor { return lhs.minor < rhs.minor ? -1 : 1 }
        if lhs.patch != rhs.patch { return lhs.patch < rhs.patch ? -1 : 1 }
        return comparePrereleases(lhs.prerelease, rhs.prerelease)
    }

    /// A release outranks any of its pre-releases; otherwise identifiers compare left to right
    /// and a longer list wins a tie (`rc.1 < rc.1.1`).
    static func comparePrereleases(_ lhs: [PrereleaseIdentifier], _ rhs: [PrereleaseIdentifier]) -> Int {
        if lhs.isEmpty || rhs.isEmpty {
            if lhs.isEmpty == rhs.isEmpty { return 0 }
            return lhs.isEmpty ? 1 : -1
        }
        let shared = min(lhs.count, rhs.count)
        for index in 0..<shared {
            let order = PrereleaseIdentifier.compare(lhs[index], rhs[index])
            if order != 0 { return order }
        }
        if lhs.count == rhs.count { return 0 }
        return lhs.count < rhs.count ? -1 : 1
    }

    /// `true` when both have the same `MAJOR.MINOR.PATCH`, whatever their pre-releases.
    public func hasSameRelease(as other: Version) -> Bool {
        major == other.major && minor == other.minor && patch == other.patch
    }
}

/// One dot-separated part of a pre-release: a number (compared numerically, ranks lower) or
/// an alphanumeric word (compared byte by byte in ASCII order).
public enum PrereleaseIdentifier: Sendable, Hashable, CustomStringConvertible {
    case numeric(Int)
    case alphanumeric(String)

    public var description: String {
        switch self {
        case .numeric(let value): return String(value)
        case .alphanumeric(let text): return text
        }
    }

    static func compare(_ lhs: PrereleaseIdentifier, _ rhs: PrereleaseIdentifier) -> Int {
        switch (lhs, rhs) {
        case (.numeric(let left), .numeric(let right)):
            return left == right ? 0 : (left < right ? -1 : 1)
        case (.numeric, .alphanumeric): return -1
        case (.alphanumeric, .numeric): return 1
        case (.alphanumeric(let left), .alphanumeric(let right)):
            if left == right { return 0 }
            return left.utf8.lexicographicallyPrecedes(right.utf8) ? -1 : 1
        }
    }
}
