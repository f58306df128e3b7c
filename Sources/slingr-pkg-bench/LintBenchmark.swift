import Foundation
import SlingrDiagnostics
import SlingrPackage

/// Lint time for a typical package from a cold process, and for a synthetic monorepo of 500
/// packages on one core and on all cores (to show scaling).
enum LintBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        let count = arguments.first.flatMap(Int.init) ?? 500
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("slingr-pkg-bench-lint-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: base) }
        let fileSystem = LocalFileSystem()
        for index in 0..<count { writePackage(at: PathName.join(base, "pkg\(index)"), index: index, fileSystem: fileSystem) }
        let typical = PathName.join(base, "pkg0")

        let tool = BenchmarkClock.toolPath
        if BenchmarkClock.runProcess(tool, ["lint", typical]) != nil {
            let walls = (0..<40).compactMap { _ in BenchmarkClock.runProcess(tool, ["lint", typical])?.seconds }.sorted()
            print("lint one typical package, cold process: median \(BenchmarkClock.milliseconds(BenchmarkClock.median(walls))), best \(BenchmarkClock.milliseconds(walls.first ?? 0)) over \(walls.count) runs")
        } else {
            print("lint cold process: \(tool) not found; build it with swift build -c release")
        }

        let jobs = (0..<count).map { Linter.Job(root: PathName.join(base, "pkg\($0)"), displayRoot: "pkg\($0)", linter: Linter()) }
        _ = Linter.lint(Array(jobs.prefix(10)), fileSystem: fileSystem)
        var findings = 0
        let sequential = BenchmarkClock.time {
            for job in jobs {
                findings += job.linter.lint(PackageRepository(root: job.root, displayRoot: job.displayRoot, fileSystem: fileSystem)).diagnostics.count
            }
        }
        let parallel = BenchmarkClock.time { _ = Linter.lint(jobs, fileSystem: fileSystem) }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        print("monorepo of \(count) packages (\(findings) findings): one core \(BenchmarkClock.milliseconds(sequential)) (\(BenchmarkClock.milliseconds(sequential / Double(count))) per package), \(cores) cores \(BenchmarkClock.milliseconds(parallel)); speed-up \(String(format: "%.2f", sequential / parallel))x")
        for size in [count / 4, count / 2, count] where size > 0 {
            let part = Array(jobs.prefix(size))
            let seconds = BenchmarkClock.time { _ = Linter.lint(part, fileSystem: fileSystem) }
            print("  \(size) packages on \(cores) cores: \(BenchmarkClock.milliseconds(seconds)) (\(BenchmarkClock.milliseconds(seconds / Double(size))) per package)")
        }
        return 0
    }

    /// A package like the embedded sample: descriptor, scripts, a listener, a step, a UI service.
    static func writePackage(at root: String, index: Int, fileSystem: any FileSystem) {
        let name = "bench\(index)"
        let files: [String: String] = [
            "package.json": JSONBenchmark.typicalDescriptor()
                .replacingOccurrences(of: "\"typical\"", with: "\"\(name)\"")
                .replacingOccurrences(of: "{\"type\": \"listener\", \"namespace\": \"webhook\", \"path\": \"/listeners/webhook.js\"}",
                                      with: "{\"type\": \"listener\", \"namespace\": \"webhook\", \"path\": \"/listeners/webhook.js\"},\n        {\"type\": \"flowStep\", \"namespace\": \"send\", \"path\": \"/flowSteps/send\"}"),
            "configurationBuilder.js": "let configurationBuilder = function (config) {\n    config.oauth = { id: sys.context.getCurrentUserRecord().id(), clientId: config.clientId, clientSecret: config.clientSecret, oauthCallback: config.AUTH_CALLBACK_URL + '/authCallback' };\n    return config;\n};\n",
            "scripts/api.js": (0..<20).map { "exports.call\($0) = function (options) {\n    var url = config.get('region') + '/items/' + options.id;\n    return dependencies.http.get({ url: url, params: { page: \($0) } });\n};\n" }.joined(),
            "listeners/webhook.js": "listeners.webhook\(name) = {\n    label: 'Webhook',\n    type: 'service',\n    options: { service: 'http', event: 'webhook', matching: { path: '/\(name)' } },\n    callback: function (event) { sys.events.triggerEvent('\(name):webhook', event.data); }\n};\n",
            "flowSteps/send/step.json": "{\"label\": \"Send\", \"name\": \"send\", \"category\": \"integrations\", \"inputs\": [{\"label\": \"Body\", \"name\": \"body\", \"type\": \"json\", \"required\": \"true\"}], \"outputs\": [{\"label\": \"Response\", \"name\": \"response\", \"type\": \"object\"}]}\n",
            "flowSteps/send/step.js": "step.send = function (inputs) {\n    return { response: pkg.\(name).api.call1(inputs.body) };\n};\n",
        ]
        for (path, text) in files {
            let absolute = PathName.join(root, path)
            try? fileSystem.createDirectory(PathName.parent(absolute))
            try? fileSystem.writeFileAtomically(absolute, Array(text.utf8))
        }
        let icon = PathName.join(root, "flowSteps/send/icon.png")
        try? fileSystem.writeFileAtomically(icon, RuleExample.iconPNG.bytes)
    }
}
