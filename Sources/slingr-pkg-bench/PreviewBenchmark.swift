import Foundation
import SlingrDiagnostics

/// Wall time of `slingr-pkg preview` on a typical package from a cold process (start-up,
/// reading the descriptor, evaluating every expression, rendering), median of repeated runs;
/// also with `--build` and with `--format json`. Target: under 15 ms for the plain preview.
enum PreviewBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        let repeats = arguments.first.flatMap(Int.init) ?? 40
        let tool = BenchmarkClock.toolPath
        guard let package = samplePackage() else {
            print("preview: cannot find Fixtures/packages/sample; run from the package root")
            return 2
        }
        guard let first = BenchmarkClock.runProcess(tool, ["preview", package]) else {
            print("preview: \(tool) not found; build it with swift build -c release")
            return 2
        }
        guard first.status == 0 else {
            print("preview: '\(tool) preview \(package)' exited with status \(first.status)")
            return 1
        }
        let cases: [(String, [String])] = [
            ("preview", ["preview", package, "--width", "80"]),
            ("preview --format json", ["preview", package, "--format", "json"]),
            ("preview --build", ["preview", package, "--build", "--set", "clientId=abc", "--set", "clientSecret=xyz"]),
        ]
        var status: Int32 = 0
        for (name, command) in cases {
            let walls = (0..<repeats).compactMap { _ in BenchmarkClock.runProcess(tool, command)?.seconds }.sorted()
            let median = BenchmarkClock.median(walls)
            print("\(name) of the sample package, cold process: median \(BenchmarkClock.milliseconds(median)), best \(BenchmarkClock.milliseconds(walls.first ?? 0)) over \(walls.count) runs")
            if name == "preview", median >= 0.015 {
                print("  above the 15 ms target")
                status = 1
            }
        }
        return status
    }

    /// `Fixtures/packages/sample` from the current folder or above it.
    static func samplePackage() -> String? {
        var directory = FileManager.default.currentDirectoryPath
        let fileSystem = LocalFileSystem()
        while true {
            let candidate = PathName.join(directory, "Fixtures/packages/sample")
            if fileSystem.isFile(PathName.join(candidate, "package.json")) { return candidate }
            let parent = PathName.parent(directory)
            if parent == directory { return nil }
            directory = parent
        }
    }
}
