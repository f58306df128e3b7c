/// How an installed package is kept up to date, as an app records it when installing a package
/// (platform docs, "Upgrade policies"): which newer release, if any, the platform would offer.
///
/// Versions are X.Y.Z. Pre-releases are never offered, except a later pre-release of the very
/// release that is installed as a pre-release (`v1.2.0-dev` to `v1.2.0-rc.1`), the same rule
/// requirements follow.
public enum UpgradePolicy: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// "Shows updates when the Y or Z values are updated": same X. The id real app metadata uses.
    case compatibleVersion
    /// "Shows updates when the Z value is updated": same X.Y.
    case bugFixes
    /// "Updates won't be shown for new versions."
    case manual
    /// "Shows updates for any version change."
    case latest

    /// Reads the command-line spelling (`compatible`, `bugfix`, `manual`, `latest`) and the ids
    /// (`compatibleVersion`, `bugFixes`).
    public init?(name: String) {
        switch name {
        case "compatible", "compatibleVersion": self = .compatibleVersion
        case "bugfix", "bugfixes", "bugFixes", "bug-fixes": self = .bugFixes
        case "manual": self = .manual
        case "latest": self = .latest
        default: return nil
        }
    }

    /// The command-line spelling.
    public var name: String {
        switch self {
        case .compatibleVersion: return "compatible"
        case .bugFixes: return "bugfix"
        case .manual: return "manual"
        case .latest: return "latest"
        }
    }

    public var description: String { name }

    /// The highest release newer than `installed` that this policy would offer, or `nil`.
    public func offeredUpdate<S: Sequence>(installed: Version, released: S) -> Version? where S.Element == Version {
        if self == .manual { return nil }
        var best: Version?
        for candidate in released where Version.compare(candidate, installed) > 0 {
            if candidate.isPrerelease, !(installed.isPrerelease && candidate.hasSameRelease(as: installed)) { continue }
            switch self {
            case .compatibleVersion: if candidate.major != installed.major { continue }
            case .bugFixes: if candidate.major != installed.major || candidate.minor != installed.minor { continue }
            case .latest, .manual: break
            }
            if let current = best, Version.compare(candidate, current) <= 0 { continue }
            best = candidate
        }
        return best
    }
}
