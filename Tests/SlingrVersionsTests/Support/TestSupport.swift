import SlingrDiagnostics
@testable import SlingrVersions

/// Paths and helpers shared by the SlingrVersions tests.
enum TestSupport {
    /// The package root, found by walking up from this file to the folder with `Package.swift`.
    static let packageRoot: String = {
        var directory = PathName.parent(#filePath)
        let fileSystem = LocalFileSystem()
        while directory != "/", !fileSystem.isFile(PathName.join(directory, "Package.swift")) {
            directory = PathName.parent(directory)
        }
        return directory
    }()

    static func fixture(_ relativePath: String) -> String {
        PathName.join(PathName.join(packageRoot, "Fixtures"), relativePath)
    }

    /// `node --version` through `/usr/bin/env`; `false` (and a message) when node is absent.
    static func nodeIsAvailable() -> Bool {
        let output = try? ProcessRunner(timeoutMilliseconds: 10_000).run("/usr/bin/env", ["node", "--version"])
        if let output, output.status == 0 { return true }
        print("skipped: node not found")
        return false
    }

    static func gitIsAvailable() -> Bool {
        let output = try? ProcessRunner(timeoutMilliseconds: 10_000).run("git", ["--version"])
        if let output, output.status == 0 { return true }
        print("skipped: git not found")
        return false
    }
}

/// SplitMix64: a tiny seeded generator, so random test data is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
