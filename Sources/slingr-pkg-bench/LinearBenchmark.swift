import Foundation
import SlingrDiagnostics
import SlingrJSON
import SlingrPackage

/// Inputs that used to take quadratic time, each at a size and at ten times that size: a linear
/// workload takes about 10x as long at the larger size, a quadratic one about 100x. In-process
/// cases measure the library; the rest run the release `slingr-pkg` in a cold process.
enum LinearBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        let scale = arguments.first.flatMap(Int.init) ?? 1
        var worst = 0.0
        func report(_ name: String, _ small: Double, _ large: Double) {
            let ratio = large / max(small, 1e-9)
            worst = max(worst, ratio)
            print("\(name): \(BenchmarkClock.milliseconds(small)) -> \(BenchmarkClock.milliseconds(large)) at 10x the size (x\(String(format: "%.1f", ratio)))")
        }
        func inProcess(_ name: String, _ size: Int, _ body: (Int) -> Void) {
            body(size)  // warm up
            let small = BenchmarkClock.median(BenchmarkClock.samples(5) { body(size) })
            let large = BenchmarkClock.median(BenchmarkClock.samples(3) { body(size * 10) })
            report(name, small, large)
        }

        inProcess("JSON string of \\n escapes, \(320 * scale) KB", 160_000 * scale) { count in
            _ = JSONParser.parse(#"{"label": ""# + String(repeating: #"\n"#, count: count) + #""}"#)
        }
        let small = findings(1_000 * scale)
        let large = findings(10_000 * scale)
        for (name, render) in reporters {
            inProcess("\(name) report of \(1_000 * scale) findings", 1_000 * scale) { count in _ = render(count == small.count ? small : large) }
        }

        let tool = BenchmarkClock.toolPath
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            print("\(tool) not found; build it with swift build -c release")
            return 0
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slingr-pkg-bench-linear-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        func cold(_ name: String, _ size: Int, _ command: (Int) -> [String]) {
            let small = (0..<3).compactMap { _ in BenchmarkClock.runProcess(tool, command(size))?.seconds }.sorted()
            let large = (0..<3).compactMap { _ in BenchmarkClock.runProcess(tool, command(size * 10))?.seconds }.sorted()
            report(name, BenchmarkClock.median(small), BenchmarkClock.median(large))
        }
        cold("preview of a description that is one \(20_000 * scale)-character word", 20_000 * scale) { size in
            let package = PathName.join(directory, "word-\(size)")
            try? FileManager.default.createDirectory(atPath: package, withIntermediateDirectories: true)
            let descriptor = #"{"name": "word", "label": "Word", "dependencies": [], "events": [], "metadata": [], "configuration": [{"name": "a", "label": "A", "type": "text", "description": ""# + String(repeating: "x", count: size) + #""}]}"#
            try? descriptor.write(toFile: PathName.join(package, "package.json"), atomically: true, encoding: .utf8)
            return ["preview", package]
        }
        cold("eval --format json logging \(1_000 * scale) lines", 1_000 * scale) { size in
            ["eval", "--statements", "--format", "json", "for (var i = 0; i < \(size); i++) { sys.logs.info('line \\n' + i); }"]
        }
        cold("lint --fix --dry-run adding \(100 * scale) metadata entries", 100 * scale) { count in
            ["lint", unlistedSteps(in: directory, count: count), "--fix", "--dry-run"]
        }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/git") {
            cold("resolve against a git source of \(200 * scale) tags with 40 KB descriptors", 200 * scale) { count in
                ["resolve", gitPackage(in: directory, tags: count), "--git", "big=" + PathName.join(directory, "big-\(count)")]
            }
        }
        print(String(format: "largest growth: x%.1f for 10x the input (linear: about x10)", worst))
        return 0
    }

    /// A package depending on `big`, whose git repository (made once per size with `git
    /// fast-import`) has `tags` releases, each with a 40 KB package.json: 2,000 of them print 80 MB,
    /// more than one git run may.
    static func gitPackage(in directory: String, tags: Int) -> String {
        let repository = PathName.join(directory, "big-\(tags)")
        let package = PathName.join(directory, "uses-big-\(tags)")
        if !FileManager.default.fileExists(atPath: repository) {
            var stream = ""
            let padding = String(repeating: "x", count: 40_000)
            for index in 0..<tags {
                let descriptor = #"{"name": "big", "label": "Big", "description": "\#(padding)\#(index)", "dependencies": [], "configuration": []}"#
                stream += "commit refs/heads/main\ncommitter t <t@t> \(1_600_000_000 + index) +0000\ndata 1\nr\n"
                stream += "M 100644 inline package.json\ndata \(descriptor.utf8.count)\n\(descriptor)\n\n"
                stream += "reset refs/tags/v1.0.\(index)\nfrom refs/heads/main\n\n"
            }
            _ = BenchmarkClock.runProcess("/usr/bin/git", ["init", "--quiet", repository])
            let importer = Process()
            importer.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            importer.arguments = ["-C", repository, "fast-import", "--quiet"]
            let input = Pipe()
            importer.standardInput = input
            try? importer.run()
            input.fileHandleForWriting.write(Data(stream.utf8))
            try? input.fileHandleForWriting.close()
            importer.waitUntilExit()
            try? FileManager.default.createDirectory(atPath: package, withIntermediateDirectories: true)
            let descriptor = #"{"name": "usesbig", "label": "Uses big", "dependencies": [{"type": "package", "name": "big", "version": "^v1.0.0"}], "configuration": [], "events": [], "metadata": []}"#
            try? descriptor.write(toFile: PathName.join(package, "package.json"), atomically: true, encoding: .utf8)
        }
        return package
    }

    /// A package with `count` flow step folders and an empty metadata array: `--fix` adds an
    /// entry for each, all in one run.
    static func unlistedSteps(in directory: String, count: Int) -> String {
        let package = PathName.join(directory, "unlisted-\(count)")
        guard !FileManager.default.fileExists(atPath: package) else { return package }
        for index in 0..<count {
            let folder = PathName.join(package, "flowSteps/s\(index)")
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let step = #"{"label": "S\#(index)", "name": "s\#(index)", "category": "utils", "description": "A step.", "inputs": [], "outputs": []}"#
            try? step.write(toFile: PathName.join(folder, "step.json"), atomically: true, encoding: .utf8)
            try? "step.s\(index) = function (inputs) { return {}; };\n".write(toFile: PathName.join(folder, "step.js"), atomically: true, encoding: .utf8)
        }
        let descriptor = #"{"name": "unlisted", "label": "Unlisted", "dependencies": [], "configuration": [], "events": [], "metadata": []}"#
        try? descriptor.write(toFile: PathName.join(package, "package.json"), atomically: true, encoding: .utf8)
        return package
    }

    static let reporters: [(String, @Sendable ([Diagnostic]) -> String)] = [
        ("JSON", { DiagnosticJSONRenderer.render($0, summary: DiagnosticSummary($0, files: 1)) }),
        ("SARIF", { SARIFReporter.render($0, rules: RuleCatalogue.package.all, toolVersion: "bench") }),
        ("GitHub", { GitHubActionsReporter.render($0) }),
        ("text", { DiagnosticTextRenderer(style: .plain, sources: [:]).render($0) }),
    ]

    /// `count` findings with a fix and a note each, and text that needs escaping.
    static func findings(_ count: Int) -> [Diagnostic] {
        let source = SourceFile(path: "pkg/package.json", text: "{\"type\": \"dropdown\"}\n")
        return (0..<count).map { index in
            Diagnostic(ruleId: "unknown-field-type", severity: .error, message: "unknown field type 'drop\"down\(index)'; did you mean 'dropDown'?",
                       in: source, range: SourceRange(start: 9, end: 19), pointer: "/configuration/\(index)/type",
                       notes: [Diagnostic.Note("note \(index)")],
                       fixIt: FixIt(message: "replace with 'dropDown'", edits: [TextEdit(range: SourceRange(start: 9, end: 19), replacement: "\"dropDown\"")]))
        }
    }
}
