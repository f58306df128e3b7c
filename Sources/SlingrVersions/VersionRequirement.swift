/// What a dependency asks for: `vX.Y.Z` (exactly that), `^vX.Y.Z` (compatible version: same X,
/// at least X.Y.Z) or `~vX.Y.Z` (bug fixes: same X.Y, at least X.Y.Z).
///
/// Differences from npm, on purpose:
/// - `^` keeps X even when X is 0: `^v0.2.3` accepts `v0.9.0`. Slingr's documentation defines
///   the compatible version as "as long as the X value doesn't change" with no 0.x exception,
///   whereas npm's `^0.2.3` stops before `0.3.0`.
/// - The `v` is required. Slingr's format and its git tags are `vX.Y.Z`, so `^1.2.3` is an error
///   with a fix-it adding the `v`, never a warning-and-accept.
/// - Only `^`, `~` and no prefix exist; `>=`, `x` wildcards and compound ranges are errors.
///
/// Like npm, a pre-release is only accepted when the requirement itself names a pre-release of
/// the same X.Y.Z: `^v1.2.3-rc.1` accepts `v1.2.3-rc.2` but not `v1.3.0-rc.1`.
public struct VersionRequirement: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// No prefix: that version and no other.
        case exact
        /// `^`: same major, at least the version.
        case compatible
        /// `~`: same major and minor, at least the version.
        case bugFixes

        /// The prefix as written in descriptors.
        public var prefix: String {
            switch self {
            case .exact: return ""
            case .compatible: return "^"
            case .bugFixes: return "~"
            }
        }
    }

    public let kind: Kind
    public let version: Version

    public init(_ kind: Kind, _ version: Version) {
        self.kind = kind
        self.version = version
    }

    /// Parses strict syntax; the error carries a message, its position and, when the intent is
    /// clear, the corrected text for a fix-it.
    public static func parse(_ text: String) -> Result<VersionRequirement, VersionSyntaxError> {
        if let requirement = VersionScanner.requirement(text) { return .success(requirement) }
        return .failure(VersionTextAnalyzer.diagnose(text, allowsOperator: true))
    }

    /// The requirement syntax `VersionScanner` accepts, as an ECMAScript regular expression for
    /// JSON Schema and editors: an optional `^` or `~`, `v`, three numbers without leading
    /// zeros, then an optional pre-release and build. Numbers are limited to 18 digits (every
    /// such number fits the scanner's `Int`); a test checks both agree.
    public static let pattern: String = {
        let number = "(0|[1-9][0-9]{0,17})"
        let identifier = "(\(number)|[0-9A-Za-z-]*[A-Za-z-][0-9A-Za-z-]*)"
        let build = "[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*"
        return "^[\\^~]?v\(number)\\.\(number)\\.\(number)(-\(identifier)(\\.\(identifier))*)?(\\+\(build))?$"
    }()

    /// Strict parse without the explanation.
    public init?(_ text: String) {
        guard let requirement = VersionScanner.requirement(text) else { return nil }
        self = requirement
    }

    public var description: String { kind.prefix + version.description }

    /// The smallest version that is too new: `^v1.2.3` gives `v2.0.0-0`, `~v1.2.3` gives
    /// `v1.3.0-0` (the `-0` keeps pre-releases of the bound out); `nil` for exact requirements.
    public var exclusiveUpperBound: Version? {
        switch kind {
        case .exact: return nil
        case .compatible: return Version(major: version.major &+ 1, minor: 0, patch: 0, prerelease: [.numeric(0)])
        case .bugFixes: return Version(major: version.major, minor: version.minor &+ 1, patch: 0, prerelease: [.numeric(0)])
        }
    }

    public func isSatisfied(by candidate: Version) -> Bool {
        // Cheapest tests first: most candidates differ in major (or minor).
        guard candidate.major == version.major else { return false }
        switch kind {
        case .exact:
            return candidate == version
        case .compatible:
            break
        case .bugFixes:
            guard candidate.minor == version.minor else { return false }
        }
        if candidate.isPrerelease, !(version.isPrerelease && candidate.hasSameRelease(as: version)) { return false }
        return Version.compare(candidate, version) >= 0
    }

    /// The highest version that satisfies the requirement; among equal versions (differing only
    /// in build metadata) the first one wins.
    public func highestSatisfying(_ candidates: [Version]) -> Version? {
        var best: Version?
        for candidate in candidates where isSatisfied(by: candidate) {
            if let current = best, Version.compare(candidate, current) <= 0 { continue }
            best = candidate
        }
        return best
    }

    /// The same for any sequence.
    public func highestSatisfying<S: Sequence>(_ candidates: S) -> Version? where S.Element == Version {
        var best: Version?
        for candidate in candidates where isSatisfied(by: candidate) {
            if let current = best, Version.compare(candidate, current) <= 0 { continue }
            best = candidate
        }
        return best
    }
}
