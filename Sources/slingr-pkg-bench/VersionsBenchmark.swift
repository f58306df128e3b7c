import Foundation
import SlingrDiagnostics
import SlingrJSON
import SlingrVersions

/// `slingr-pkg-bench versions`: 1,000 requirements resolved against 10,000 released versions,
/// compared in the same run with npm's `semver.maxSatisfying` (one node process, same data).
///
/// Three ways of ours are timed, because npm's API and the resolver do different amounts of work:
/// - strings: per requirement, parse every version string and test it (what npm's
///   `maxSatisfying(strings, range)` does: it builds a SemVer for every candidate);
/// - parsed: versions parsed once, every requirement scans them (`highestSatisfying`);
/// - release list: versions parsed and sorted once, each requirement scans from the top and stops
///   at the first match (`ReleaseList.highest(satisfying:)`, what `resolve` uses).
enum VersionsBenchmark {
    static let versionCount = 10_000
    static let requirementCount = 1_000

    static func run(_ arguments: [String]) -> Int32 {
        var generator = SplitMix64(seed: 0x5EED_1234)
        let versionTexts = (0..<versionCount).map { _ in randomVersion(&generator) }
        let requirementTexts = (0..<requirementCount).map { index in randomRequirement(&generator, index: index) }
        let versions = versionTexts.compactMap(Version.init)
        let requirements = requirementTexts.compactMap(VersionRequirement.init)
        guard versions.count == versionCount, requirements.count == requirementCount else {
            print("generated data did not parse")
            return 1
        }
        let list = ReleaseList(releases: zip(versions, versionTexts).map { Release(version: $0, tag: $1) })
        print("data: \(versionCount) versions, \(requirementCount) requirements (^, ~ and exact; major >= 1 for ^)")

        var fromStrings: [Version?] = []
        let stringsTime = best(of: 3) {
            fromStrings = requirementTexts.map { text -> Version? in
                guard let requirement = VersionRequirement(text) else { return nil }
                var best: Version?
                for candidateText in versionTexts {
                    guard let candidate = Version(candidateText), requirement.isSatisfied(by: candidate) else { continue }
                    if let current = best, Version.compare(candidate, current) <= 0 { continue }
                    best = candidate
                }
                return best
            }
        }
        var fromParsed: [Version?] = []
        let parsedTime = best(of: 5) { fromParsed = requirements.map { $0.highestSatisfying(versions) } }
        var fromList: [Version?] = []
        let listTime = best(of: 5) { fromList = requirements.map { list.highest(satisfying: $0)?.version } }

        let perRequirement = { (seconds: Double) in String(format: "%8.2f µs/requirement (%7.2f ms total)", seconds * 1e6 / Double(requirementCount), seconds * 1e3) }
        print("ours, strings:      " + perRequirement(stringsTime))
        print("ours, parsed:       " + perRequirement(parsedTime))
        print("ours, release list: " + perRequirement(listTime))
        let consistent = fromStrings == fromParsed && fromParsed == fromList
        print("our three answers agree: \(consistent)")

        guard let npm = npmMaxSatisfying(versions: versionTexts, ranges: requirementTexts) else { return consistent ? 0 : 1 }
        print("npm semver \(npm.version), maxSatisfying: " + perRequirement(npm.seconds))
        let agreeing = zip(fromParsed, npm.max).filter { ours, theirs in ours?.semverText == theirs }.count
        print("answers equal to npm's: \(agreeing)/\(requirementCount)")
        print(String(format: "speed-up per requirement: strings %.1fx, parsed %.1fx, release list %.1fx",
                     npm.seconds / stringsTime, npm.seconds / parsedTime, npm.seconds / listTime))
        return consistent && agreeing == requirementCount ? 0 : 1
    }

    /// Best of `repeats` timings, after one warm-up.
    static func best(of repeats: Int, _ body: () -> Void) -> Double {
        body()
        return BenchmarkClock.samples(repeats, body).first ?? 0
    }

    /// `vX.Y.Z` with one in ten a pre-release and one in fifty with build metadata.
    static func randomVersion(_ generator: inout SplitMix64) -> String {
        var text = "v\(generator.below(10)).\(generator.below(30)).\(generator.below(50))"
        let prereleases = ["dev", "rc.1", "rc.2", "alpha", "beta.3", "0"]
        if generator.below(10) == 0 { text += "-" + prereleases[generator.below(prereleases.count)] }
        if generator.below(50) == 0 { text += "+build.\(generator.below(9))" }
        return text
    }

    static func randomRequirement(_ generator: inout SplitMix64, index: Int) -> String {
        let prefix = ["^", "~", "^", "~", ""][index % 5]
        let major = prefix == "^" ? 1 + generator.below(9) : generator.below(10)
        var text = "\(prefix)v\(major).\(generator.below(30)).\(generator.below(50))"
        if generator.below(20) == 0 { text += "-rc.1" }
        return text
    }

    /// Runs the oracle script in bench mode: one node process, timing only the maxSatisfying loop.
    static func npmMaxSatisfying(versions: [String], ranges: [String]) -> (seconds: Double, version: String, max: [String?])? {
        let script = PathName.join(packageRoot, "Fixtures/versions/semver-oracle.js")
        let request = JSONOutput.object([
            ("mode", .string("bench")),
            ("repetitions", .integer(1)),
            ("versions", .array(versions.map { JSONOutput.string(String($0.dropFirst())) })),
            ("ranges", .array(ranges.map { text in
                JSONOutput.string(text.hasPrefix("^") || text.hasPrefix("~") ? String(text.prefix(1)) + String(text.dropFirst(2)) : String(text.dropFirst()))
            })),
        ])
        var timings: [Double] = []
        var answer: JSONValue?
        for _ in 0..<3 {
            guard let output = try? ProcessRunner(timeoutMilliseconds: 300_000).run("/usr/bin/env", ["node", script], input: Array(request.rendered(indent: 0).utf8)),
                  output.status == 0, let value = JSONParser.parse(output.stdoutText).value else {
                print("npm semver: node not found or failed; no comparison")
                return nil
            }
            if value["missing"]?.bool == true {
                print("npm semver: package not found; no comparison")
                return nil
            }
            timings.append((value["nanoseconds"]?.number?.double ?? 0) / 1e9)
            answer = value
        }
        guard let answer, let max = answer["max"]?.array else { return nil }
        return (timings.min() ?? 0, answer["semverVersion"]?.string ?? "?", max.map { $0.string.map { "\($0)" } })
    }

    static let packageRoot: String = {
        var path = PathName.parent(#filePath)
        while path != "/", !LocalFileSystem().isFile(PathName.join(path, "Package.swift")) { path = PathName.parent(path) }
        return path
    }()
}
