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

