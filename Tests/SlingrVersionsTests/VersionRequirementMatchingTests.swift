import Testing
@testable import SlingrVersions

@Suite("Requirement matching")
struct VersionRequirementMatchingTests {
    private func requirement(_ text: String) throws -> VersionRequirement { try VersionRequirement.parse(text).get() }
    private func version(_ text: String) throws -> Version { try Version.parse(text).get() }

    @Test("satisfies as documented", arguments: [
        // exact
        ("v1.2.6", "v1.2.6", true), ("v1.2.6", "v1.2.7", false), ("v1.2.6", "v1.2.6+build", true),
        ("v1.2.6", "v1.2.6-dev", false), ("v2.0.1-dev", "v2.0.1-dev", true), ("v2.0.1-dev", "v2.0.1", false),
        // ^: same X, at least X.Y.Z
        ("^v1.0.15", "v1.0.15", true), ("^v1.0.15", "v1.9.0", true), ("^v1.0.15", "v1.0.14", false),
        ("^v1.0.15", "v2.0.0", false), ("^v1.0.15", "v2.0.0-0", false), ("^v1.0.15", "v1.1.0-dev", false),
        // ~: same X.Y, at least X.Y.Z
        ("~v1.0.19", "v1.0.19", true), ("~v1.0.19", "v1.0.36", true), ("~v1.0.19", "v1.1.0", false),
        ("~v1.0.19", "v1.0.18", false), ("~v1.0.19", "v1.0.20-dev", false),
        // pre-releases only when the requirement names one of the same X.Y.Z
        ("^v1.2.3-rc.1", "v1.2.3-rc.2", true), ("^v1.2.3-rc.1", "v1.2.3-rc.0", false),
        ("^v1.2.3-rc.1", "v1.2.3", true), ("^v1.2.3-rc.1", "v1.3.0-rc.1", false), ("^v1.2.3-rc.1", "v1.4.0", true),
        ("~v1.2.3-dev", "v1.2.3-dev.2", true), ("~v1.2.3-dev", "v1.2.4-dev", false),
        // 0.x: Slingr keeps X only, unlike npm
        ("^v0.2.3", "v0.9.0", true), ("^v0.0.3", "v0.0.4", true), ("^v0.2.3", "v1.0.0", false),
        ("^v0.2.3", "v0.2.2", false), ("~v0.2.3", "v0.3.0", false),
    ])
    func satisfies(requirement text: String, version candidate: String, expected: Bool) throws {
        #expect(try requirement(text).isSatisfied(by: version(candidate)) == expected)
    }

    @Test("picks the highest satisfying release from a real-looking tag list")
    func highest() throws {
        let tags = ["v1.0.0", "v1.1.0-dev", "v1.1.0", "v1.3.7", "v1.3.8", "v1.4.0-dev", "v1.8.9-dev", "v1.9.1", "v2.0.0"]
        let versions = try tags.map(version)
        #expect(try requirement("^v1.3.7").highestSatisfying(versions) == version("v1.9.1"))
        #expect(try requirement("~v1.3.7").highestSatisfying(versions) == version("v1.3.8"))
        #expect(try requirement("v1.3.7").highestSatisfying(versions) == version("v1.3.7"))
        #expect(try requirement("v1.3.6").highestSatisfying(versions) == nil)
        #expect(try requirement("^v3.0.0").highestSatisfying(versions) == nil)
        #expect(try requirement("^v1.1.0-dev").highestSatisfying(versions) == version("v1.9.1"))
        #expect(try requirement("~v1.8.9-dev").highestSatisfying(versions) == version("v1.8.9-dev"))
    }

    @Test("keeps the first of equal versions that differ only in build metadata")
    func firstOfEquals() throws {
        let versions = try ["v1.0.0+a", "v1.0.0+b"].map(version)
        #expect(try requirement("^v1.0.0").highestSatisfying(versions)?.buildMetadata == "a")
    }

    @Test("bounds ranges with -0 so pre-releases of the next major or minor stay out")
    func upperBounds() throws {
        #expect(try requirement("^v1.2.3").exclusiveUpperBound == version("v2.0.0-0"))
        #expect(try requirement("~v1.2.3").exclusiveUpperBound == version("v1.3.0-0"))
        #expect(try requirement("v1.2.3").exclusiveUpperBound == nil)
    }
}

@Suite("Upgrade policies")
struct UpgradePolicyTests {
    private let released = ["v0.9.0", "v1.0.0", "v1.0.1", "v1.0.2-dev", "v1.1.0", "v1.2.0", "v1.2.1", "v2.0.0", "v2.1.0-rc.1"]
        .compactMap { Version($0) }

    @Test("offers what each policy allows", arguments: [
        (UpgradePolicy.compatibleVersion, "v1.0.0", "v1.2.1" as String?),
        (.bugFixes, "v1.0.0", "v1.0.1"),
        (.manual, "v1.0.0", nil),
        (.latest, "v1.0.0", "v2.0.0"),
        (.compatibleVersion, "v2.0.0", nil),
        (.bugFixes, "v1.2.1", nil),
        (.latest, "v2.0.0", nil),
        (.compatibleVersion, "v0.9.0", nil),
        (.latest, "v0.9.0", "v2.0.0"),
        (.bugFixes, "v1.0.1", nil),
    ])
    func offers(policy: UpgradePolicy, installed: String, expected: String?) throws {
        let installedVersion = try #require(Version(installed))
        #expect(policy.offeredUpdate(installed: installedVersion, released: released)?.description == expected)
    }

    @Test("offers a later pre-release of an installed pre-release, and the release itself")
    func prereleaseInstalled() throws {
        let installed = try #require(Version("v2.1.0-rc.0"))
        #expect(UpgradePolicy.bugFixes.offeredUpdate(installed: installed, released: released) == Version("v2.1.0-rc.1"))
        let withRelease = released + [try #require(Version("v2.1.0"))]
        #expect(UpgradePolicy.bugFixes.offeredUpdate(installed: installed, released: withRelease) == Version("v2.1.0"))
    }

    @Test("reads command-line and metadata spellings", arguments: [
        ("compatible", UpgradePolicy.compatibleVersion), ("compatibleVersion", .compatibleVersion),
        ("bugfix", .bugFixes), ("bugFixes", .bugFixes), ("manual", .manual), ("latest", .latest),
    ])
    func names(name: String, policy: UpgradePolicy) {
        #expect(UpgradePolicy(name: name) == policy)
        #expect(UpgradePolicy(name: policy.name) == policy)
    }
}
