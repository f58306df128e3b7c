import Testing
@testable import SlingrVersions

@Suite("Version grammar and precedence")
struct VersionTests {
    @Test("parses Slingr versions with pre-release and build metadata", arguments: [
        ("v1.2.6", 1, 2, 6, "", nil as String?),
        ("v0.0.0", 0, 0, 0, "", nil),
        ("v2.0.10-dev", 2, 0, 10, "dev", nil),
        ("v1.0.0-rc.1", 1, 0, 0, "rc.1", nil),
        ("v1.0.0-0.3.7", 1, 0, 0, "0.3.7", nil),
        ("v1.0.0-x-y.7z.92", 1, 0, 0, "x-y.7z.92", nil),
        ("v1.0.0+20130313144700", 1, 0, 0, "", "20130313144700"),
        ("v1.0.0-beta+exp.sha.5114f85", 1, 0, 0, "beta", "exp.sha.5114f85"),
        ("v1.0.0+001", 1, 0, 0, "", "001"),
    ])
    func parses(text: String, major: Int, minor: Int, patch: Int, prerelease: String, build: String?) throws {
        let version = try Version.parse(text).get()
        #expect(version.major == major && version.minor == minor && version.patch == patch)
        #expect(version.prerelease.map(\.description).joined(separator: ".") == prerelease)
        #expect(version.buildMetadata == build)
        #expect(version.description == text)
    }

    @Test("rejects what SemVer 2.0 and Slingr reject", arguments: [
        "", "1.2.3", "v1.2", "v1.2.3.4", "v01.2.3", "v1.02.3", "v1.2.03", "v1.2.3-", "v1.2.3-01",
        "v1.2.3-a..b", "v1.2.3+", "v1.2.3+a..b", "v1.2.3-dev_1", "^v1.2.3", "V1.2.3", "v.0.0.5",
        "develop", "v1.2.3 ", " v1.2.3", "v99999999999999999999.0.0", "v1.2.3-é",
    ])
    func rejects(text: String) {
        #expect(Version(text) == nil)
        if case .success = Version.parse(text) { Issue.record("'\(text)' parsed") }
    }

    @Test("orders by SemVer 2.0 precedence (the specification's own chain)")
    func precedenceChain() throws {
        let chain = [
            "v1.0.0-alpha", "v1.0.0-alpha.1", "v1.0.0-alpha.beta", "v1.0.0-beta", "v1.0.0-beta.2",
            "v1.0.0-beta.11", "v1.0.0-rc.1", "v1.0.0", "v1.0.1", "v1.1.0", "v1.9.0", "v1.10.0", "v2.0.0",
        ]
        let versions = try chain.map { try Version.parse($0).get() }
        for index in versions.indices.dropLast() {
            #expect(versions[index] < versions[index + 1], "\(versions[index]) < \(versions[index + 1])")
            #expect(!(versions[index + 1] < versions[index]))
        }
        #expect(versions.shuffled().sorted() == versions)
    }

    @Test("ignores build metadata for precedence, equality and hashing")
    func buildMetadata() throws {
        let plain = try Version.parse("v1.0.0").get()
        let built = try Version.parse("v1.0.0+build.7").get()
        #expect(plain == built)
        #expect(!(plain < built) && !(built < plain))
        #expect(Set([plain, built]).count == 1)
        #expect(built.description == "v1.0.0+build.7")
        #expect(built.semverText == "1.0.0+build.7")
    }

    @Test("compares numeric pre-release identifiers numerically and below words")
    func prereleaseIdentifiers() throws {
        #expect(try Version.parse("v1.0.0-2").get() < Version.parse("v1.0.0-10").get())
        #expect(try Version.parse("v1.0.0-10").get() < Version.parse("v1.0.0-a").get())
        #expect(try Version.parse("v1.0.0-Z").get() < Version.parse("v1.0.0-a").get())
        #expect(try Version.parse("v2.0.9-dev").get() < Version.parse("v2.0.10-dev").get())
    }

    @Test("explains a released version that carries a requirement prefix")
    func prefixOnVersion() {
        guard case .failure(let error) = Version.parse("^v1.2.3") else { Issue.record("parsed"); return }
        #expect(error.suggestion == "v1.2.3")
        #expect(error.message.contains("'^' and '~' belong to requirements"))
    }
}
