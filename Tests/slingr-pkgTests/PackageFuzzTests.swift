import Dispatch
import SlingrDiagnostics
import Testing
@testable import slingr_pkg

/// A seeded mutation fuzzer over the fixture packages' descriptors and scripts: each mutant
/// (bytes deleted, inserted, duplicated or cut off; JSON and JavaScript tokens dropped in; a
/// string replaced by hostile code) goes through `lint`, `validate`, `preview --check`,
/// `lint --fix --dry-run` and `docs --check`, in process, over an overlay of the real fixture
/// folder (nothing is written). None may crash (the test process would die), end with a status
/// other than 0, 1 or 2, or take more than 2 s (8 s on a debug build).
@Suite("Package fuzzing")
struct PackageFuzzTests {
    static let packages = ["Fixtures/packages/sample", "Fixtures/lint/broken", "Fixtures/lint/configured", "Fixtures/lint/expressions",
                           "Fixtures/lint/scripts", "Fixtures/docs/stale", "Fixtures/runtime/acme", "Fixtures/runtime/calendar",
                           "Fixtures/runtime/oauth-lite"]

    static let commands: [[String]] = [["lint"], ["validate", "package.json"], ["preview", ".", "--check"],
                                       ["lint", "--fix", "--dry-run"], ["docs", "--check"]]

    #if DEBUG
    static let secondsPerRun = 8.0
    #else
    static let secondsPerRun = 2.0
    #endif

    /// Text dropped into a file at a random place.
    static let tokens = ["[", "{", "}", "]", "\"", "\\u12", "1e999", "-0", "null", ",", ":", "\u{FEFF}", "\\", "/*", "`${", "(",
                         "function () {", "conifg.x", "\"type\": \"dropDown\",", "\"visibility\": \"while (true) {}\",",
                         "\"required\": \"'x'.repeat(1e9)\",", String(repeating: "[", count: 5_000), String(repeating: "a", count: 100_000)]

    /// Code put in place of a string's content: evaluated wherever the string is an expression.
    static let hostileCode = ["while (true) {}", "'x'.repeat(1e9)", "(function f() { return f() })()", "Array(1e7).fill(1).join()",
                              "String.prototype.includes = null", "config.a.b.c", "}", "${A}"]

    /// The package's descriptors and scripts, relative to its folder.
    static func files(in folder: String) -> [String] {
        let fileSystem = LocalFileSystem()
        var found: [String] = []
        func walk(_ relative: String) {
            let absolute = relative.isEmpty ? folder : PathName.join(folder, relative)
            for name in ((try? fileSystem.contentsOfDirectory(absolute)) ?? []).sorted() where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : PathName.join(relative, name)
                if fileSystem.isDirectory(PathName.join(folder, path)) { walk(path) } else if name.hasSuffix(".json") || name.hasSuffix(".js") { found.append(path) }
            }
        }
        walk("")
        return found
    }

    static func mutate(_ bytes: [UInt8], using generator: inout SplitMix64) -> [UInt8] {
        func random(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(generator.next() % UInt64(bound)) }
        var result = bytes
        let at = random(result.count + 1)
        switch random(6) {
        case 0:
            result.removeSubrange(at..<min(result.count, at + 1 + random(64)))
        case 1:
            result.insert(contentsOf: (0..<(1 + random(16))).map { _ in UInt8(truncatingIfNeeded: generator.next()) }, at: at)
        case 2:
            let end = min(result.count, at + random(256))
            result.insert(contentsOf: Array(result[at..<end]), at: end)
        case 3:
            result.removeSubrange(at...)
        case 4:
            result.insert(contentsOf: Array(tokens[random(tokens.count)].utf8), at: at)
        default:
            // The content of the string that starts at or after `at`.
            guard let open = result[at...].firstIndex(of: UInt8(ascii: "\"")),
                  let close = result[(open + 1)...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            result.replaceSubrange((open + 1)..<close, with: Array(hostileCode[random(hostileCode.count)].utf8))
        }
        return result
    }

    @Test("mutated descriptors and scripts never crash a command or make it run long")
    func mutants() throws {
        var generator = SplitMix64(seed: 0xF022_5EED)
        var runs = 0
        var refused = 0
        var slowest = (seconds: 0.0, what: "")
        for package in Self.packages {
            let folder = PathName.join(PackageRoot.path, package)
            let files = Self.files(in: folder)
            guard !files.isEmpty else { continue }
            for _ in 0..<20 {
                let file = files[Int(generator.next() % UInt64(files.count))]
                let path = PathName.join(folder, file)
                let original = try LocalFileSystem().readFile(path)
                let overlay = OverlayFileSystem(base: LocalFileSystem())
                overlay.override(path, with: Self.mutate(original, using: &generator))
                for command in Self.commands {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let result = CLIHarness.run(command, currentDirectory: folder, fileSystem: overlay)
                    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    let shown = "slingr-pkg \(command.joined(separator: " ")) on \(package) with \(file) mutated"
                    #expect([0, 1, 2].contains(result.status), "\(shown): exit \(result.status)")
                    #expect(!result.stderr.contains("Fatal error"), "\(shown): \(result.stderr.prefix(300))")
                    #expect(seconds < Self.secondsPerRun, "\(shown) took \(seconds) s")
                    if seconds > slowest.seconds { slowest = (seconds, shown) }
                    runs += 1
                    if result.status != 0 { refused += 1 }
                }
                #expect(overlay.changes.keys.sorted() == [PathName.normalize(path)], "a command wrote \(overlay.changes.keys.sorted())")
            }
        }
        #expect(runs >= 800, "only \(runs) runs")
        // The mutations must matter: many runs report them.
        #expect(refused * 4 > runs, "only \(refused) of \(runs) runs reported a problem")
        print(String(format: "package fuzzing: %d runs, %d reporting problems, slowest %.2f s (%@)", runs, refused, slowest.seconds, slowest.what))
    }
}
