import SlingrDiagnostics
import SlingrJSON
import Testing
@testable import SlingrVersions

/// Compares `satisfies` and `maxSatisfying` with npm's semver package on seeded random data, in
/// one node process for the whole batch. Slingr's `^` equals npm's for major >= 1; for major 0 it
/// is asserted to equal npm's `>=0.Y.Z <1.0.0-0` and to differ from npm's `^0.Y.Z`.
@Suite("Differential against npm semver")
struct SemverDifferentialTests {
    private static let prereleases = ["dev", "rc.1", "rc.2", "rc.10", "alpha", "alpha.1", "beta.11", "0", "1", "x-y.7"]

    private static func randomVersion(_ generator: inout SplitMix64, majors: ClosedRange<Int>) -> Version {
        let prerelease: [PrereleaseIdentifier] = Int.random(in: 0..<5, using: &generator) == 0
            ? (Version("v0.0.0-" + prereleases[Int.random(in: 0..<prereleases.count, using: &generator)])?.prerelease ?? [])
            : []
        let build = Int.random(in: 0..<20, using: &generator) == 0 ? "b\(Int.random(in: 0..<3, using: &generator))" : nil
        return Version(
            major: Int.random(in: majors, using: &generator),
            minor: Int.random(in: 0...5, using: &generator),
            patch: Int.random(in: 0...6, using: &generator),
            prerelease: prerelease,
            buildMetadata: build
        )
    }

    private struct OracleAnswer {
        var satisfies: [String]
        var max: [String?]
    }

    /// One node run; `nil` (with a message) when node or npm's semver is missing.
    private static func ask(versions: [String], ranges: [String]) throws -> OracleAnswer? {
        guard TestSupport.nodeIsAvailable() else { return nil }
        let request = JSONOutput.object([
            ("mode", .string("check")),
            ("versions", .array(versions.map(JSONOutput.string))),
            ("ranges", .array(ranges.map(JSONOutput.string))),
        ])
        let output = try ProcessRunner(timeoutMilliseconds: 60_000).run(
            "/usr/bin/env", ["node", TestSupport.fixture("versions/semver-oracle.js")],
            input: Array(request.rendered(indent: 0).utf8)
        )
        try #require(output.status == 0, "node failed: \(output.stderrText)")
        let answer = try #require(JSONParser.parse(output.stdoutText).value)
        if answer["missing"]?.bool == true {
            print("skipped: npm's semver package not found")
            return nil
        }
        let satisfies = try #require(answer["satisfies"]?.array).compactMap(\.string)
        let max = try #require(answer["max"]?.array).map(\.string)
        return OracleAnswer(satisfies: satisfies, max: max)
    }

    @Test("agrees with npm on satisfies and maxSatisfying for ^, ~ and exact with major >= 1")
    func agreesForMajorOneAndUp() throws {
        var generator = SplitMix64(seed: 0x51_1A_67)
        let versions = (0..<300).map { _ in Self.randomVersion(&generator, majors: 0...4) }
        var requirements: [VersionRequirement] = []
        for index in 0..<400 {
            let kind: VersionRequirement.Kind = index % 5 == 4 ? .exact : (index % 2 == 0 ? .compatible : .bugFixes)
            let base = Self.randomVersion(&generator, majors: 1...4)
            requirements.append(VersionRequirement(kind, Version(major: base.major, minor: base.minor, patch: base.patch, prerelease: base.prerelease)))
        }
        // `~` also agrees for major 0: npm's `~0.2.3` is `<0.3.0-0` like ours.
        for _ in 0..<50 {
            let base = Self.randomVersion(&generator, majors: 0...0)
            requirements.append(VersionRequirement(.bugFixes, Version(major: 0, minor: base.minor, patch: base.patch, prerelease: base.prerelease)))
        }
        let ranges = requirements.map { $0.kind.prefix + $0.version.semverText }
        guard let answer = try Self.ask(versions: versions.map(\.semverText), ranges: ranges) else { return }
        try #require(answer.satisfies.count == requirements.count && answer.max.count == requirements.count)

        var disagreements: [String] = []
        for (index, requirement) in requirements.enumerated() {
            let ours = String(versions.map { requirement.isSatisfied(by: $0) ? "1" : "0" })
            if ours != answer.satisfies[index] { disagreements.append("satisfies for '\(requirement)'") }
            let ourMax = requirement.highestSatisfying(versions)?.semverText
            if ourMax != answer.max[index] {
                disagreements.append("maxSatisfying for '\(requirement)': ours \(ourMax ?? "nil"), npm \(answer.max[index] ?? "nil")")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        // The data must exercise both answers, or the comparison proves little.
        #expect(answer.max.contains { $0 == nil } && answer.max.contains { $0 != nil })
        #expect(answer.max.contains { $0?.contains("-") == true }, "some range selects a pre-release")
    }

    @Test("for major 0, ^ follows Slingr's documented rule, not npm's")
    func differsForMajorZero() throws {
        var generator = SplitMix64(seed: 0x0C_A2_E7)
        let versions = (0..<300).map { _ in Self.randomVersion(&generator, majors: 0...1) }
        var requirements: [VersionRequirement] = []
        for _ in 0..<150 {
            let base = Self.randomVersion(&generator, majors: 0...0)
            requirements.append(VersionRequirement(.compatible, Version(major: 0, minor: base.minor, patch: base.patch, prerelease: base.prerelease)))
        }
        let npmCaret = requirements.map { "^" + $0.version.semverText }
        let slingrRule = requirements.map { ">=" + $0.version.semverText + " <1.0.0-0" }
        guard let answer = try Self.ask(versions: versions.map(\.semverText), ranges: npmCaret + slingrRule) else { return }
        try #require(answer.satisfies.count == 2 * requirements.count)

        var differsFromNpmCaret = 0
        for (index, requirement) in requirements.enumerated() {
            let ours = String(versions.map { requirement.isSatisfied(by: $0) ? "1" : "0" })
            let caret = answer.satisfies[index]
            let documented = answer.satisfies[requirements.count + index]
            #expect(ours == documented, "'\(requirement)' must mean >=\(requirement.version.semverText) <1.0.0-0")
            #expect(requirement.highestSatisfying(versions)?.semverText == answer.max[requirements.count + index])
            // npm's ^0.Y.Z is narrower: everything it accepts, Slingr accepts too.
            #expect(zip(caret, ours).allSatisfy { $0 == "0" || $1 == "1" }, "'\(requirement)'")
            if caret != ours { differsFromNpmCaret += 1 }
        }
        #expect(differsFromNpmCaret > 0, "the documented difference shows up in the data")
    }
}
