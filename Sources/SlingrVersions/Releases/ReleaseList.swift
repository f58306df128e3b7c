/// The released versions of one package or service, ascending, read leniently from tag names:
/// anything that is not a strict `vX.Y.Z[-pre][+build]` is skipped and listed with the reason,
/// never an error, because real repositories carry tags such as `develop` and `v.0.0.5`.
public struct ReleaseList: Sendable, Hashable {
    /// Ascending by precedence; for tags of equal precedence (`v1.0.0`, `v1.0.0+b`) the first
    /// tag in the input is kept and the others are skipped.
    public private(set) var releases: [Release]
    public private(set) var skipped: [SkippedTag]

    public init(tags: [String]) {
        var releases: [Release] = []
        var skipped: [SkippedTag] = []
        releases.reserveCapacity(tags.count)
        for tag in tags {
            switch Version.parse(tag) {
            case .success(let version): releases.append(Release(version: version, tag: tag))
            case .failure(let error): skipped.append(SkippedTag(tag: tag, reason: error.message))
            }
        }
        // Stable order for equal versions, so "first tag wins" is well defined.
        let ordered = releases.enumerated().sorted { left, right in
            let order = Version.compare(left.element.version, right.element.version)
            return order != 0 ? order < 0 : left.offset < right.offset
        }.map(\.element)
        var unique: [Release] = []
        unique.reserveCapacity(ordered.count)
        for release in ordered {
            if let last = unique.last, last.version == release.version {
                skipped.append(SkippedTag(tag: release.tag, reason: "same version as tag '\(last.tag)'"))
                continue
            }
            unique.append(release)
        }
        self.releases = unique
        self.skipped = skipped.sorted { $0.tag < $1.tag }
    }

    public init(releases: [Release]) {
        self.releases = releases.sorted()
        self.skipped = []
    }

    public var versions: [Version] { releases.map(\.version) }

    /// The highest release that is not a pre-release; when there are only pre-releases, the
    /// highest of those, so something is always shown when anything was released.
    public var latest: Release? {
        releases.last { !$0.version.isPrerelease } ?? releases.last
    }

    /// The highest release satisfying `requirement` (binary search would save little: lists
    /// are short, and the scan runs from the top so it usually stops early).
    public func highest(satisfying requirement: VersionRequirement) -> Release? {
        for release in releases.reversed() where requirement.isSatisfied(by: release.version) {
            return release
        }
        return nil
    }

    /// All releases satisfying `requirement`, highest first: the resolver's candidate order.
    public func candidates(satisfying requirement: VersionRequirement) -> [Release] {
        releases.reversed().filter { requirement.isSatisfied(by: $0.version) }
    }

    public func release(for version: Version) -> Release? {
        releases.first { $0.version == version }
    }

    /// `v1.0.0 to v1.0.4 (5 releases)`, or the list itself when short.
    public var summary: String {
        let versions = releases.map(\.version.description)
        if versions.count <= 4 { return versions.joined(separator: ", ") }
        return "\(versions[0]) to \(versions[versions.count - 1]) (\(versions.count) releases)"
    }
}
