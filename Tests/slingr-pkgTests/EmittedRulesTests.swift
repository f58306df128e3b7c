import Dispatch
import Foundation
import SlingrDiagnostics
import Synchronization
import Testing
@testable import slingr_pkg

/// Every rule id any command emits is described by `rules --format json`: the ids printed in
/// every golden transcript (which cover every command), and those of lint, validate, resolve,
/// outdated and preview run over the fixture packages and the real packages of the corpus.
@Suite("Emitted rule ids")
struct EmittedRulesTests {
    static let root = PackageRoot.path

    /// Ids in command output: `... [rule-id]` at the end of text lines, `"ruleId": "..."` in JSON
    /// and SARIF, `title=rule-id` in GitHub annotations.
    static func ruleIds(in output: String) -> Set<String> {
        var ids = Set<String>()
        for line in output.split(separator: "\n") {
            let text = String(line)
            if text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
                let candidate = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
                if RuleDescription.isKebabCase(candidate), text.contains(": error: ") || text.contains(": warning: ") || text.contains(": note: ") {
                    ids.insert(candidate)
                }
            }
            for marker in ["\"ruleId\": \"", "title="] {
                var rest = Substring(text)
                while let found = rest.range(of: marker) {
                    let after = rest[found.upperBound...]
                    let id = after.prefix { $0 != "\"" && $0 != "," && $0 != ":" }
                    if RuleDescription.isKebabCase(String(id)) { ids.insert(String(id)) }
                    rest = after
                }
            }
        }
        return ids
    }

    /// The catalogue as `rules --format json` prints it.
    static var describedIds: Set<String> {
        let output = CLIHarness.run(["rules", "--format", "json"]).stdout
        var ids = Set<String>()
        var rest = Substring(output)
        while let found = rest.range(of: "\"id\": \"") {
            let after = rest[found.upperBound...]
            ids.insert(String(after.prefix { $0 != "\"" }))
            rest = after
        }
        return ids
    }

    /// Folders holding a `package.json`: the fixtures' and the corpus's.
    static var packageFolders: [String] {
        let fileSystem = LocalFileSystem()
        var found: [String] = []
        func walk(_ path: String, depth: Int) {
            guard depth < 6, let names = try? fileSystem.contentsOfDirectory(path) else { return }
            if names.contains("package.json") { found.append(path) }
            for name in names where !name.hasPrefix(".") && name != "golden" {
                let child = PathName.join(path, name)
                if fileSystem.isDirectory(child) { walk(child, depth: depth + 1) }
            }
        }
        walk(PathName.join(root, "Fixtures"), depth: 0)
        walk(PathName.normalize(PathName.join(root, "../shared/corpus/packages")), depth: 0)
        return found.sorted()
    }

    @Test("every id in a golden transcript is described by rules --format json")
    func goldens() throws {
        let described = Self.describedIds
        #expect(described.count >= 60, "rules --format json lists \(described.count) rules")
        let fileSystem = LocalFileSystem()
        var emitted: [String: String] = [:]
        func walk(_ path: String) {
            for name in (try? fileSystem.contentsOfDirectory(path)) ?? [] {
                let child = PathName.join(path, name)
                if fileSystem.isDirectory(child) { walk(child); continue }
                guard let bytes = try? fileSystem.readFile(child) else { continue }
                for id in Self.ruleIds(in: String(decoding: bytes, as: UTF8.self)) { emitted[id] = child }
            }
        }
        walk(PathName.join(Self.root, "Fixtures/golden"))
        #expect(emitted.count >= 30, "goldens name only \(emitted.count) rule ids")
        for (id, file) in emitted.sorted(by: { $0.key < $1.key }) where !described.contains(id) {
            Issue.record("'\(id)' (in \(file)) is not described by rules --format json")
        }
    }

    @Test("every id lint, validate, resolve, outdated and preview emit over fixtures and corpus is described")
    func commands() {
        let described = Self.describedIds
        let folders = Self.packageFolders
        if !folders.contains(where: { $0.contains("/corpus/") }) {
            print("note: ../shared/corpus is not beside the repository; emitted ids checked on the fixtures only")
        }
        let registry = PathName.join(Self.root, "Fixtures/registry/registry.json")
        let corpusRegistry = PathName.normalize(PathName.join(Self.root, "../shared/corpus/registry.json"))
        let slots = Mutex(Array(repeating: [String: String](), count: folders.count))
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            let folder = folders[index]
            let registryFile = folder.contains("/corpus/") ? corpusRegistry : registry
            var found: [String: String] = [:]
            let runs: [[String]] = [
                ["lint", folder, "--format", "json"],
                ["validate", PathName.join(folder, "package.json"), "--format", "json"],
                ["resolve", folder, "--registry", registryFile, "--offline", "--format", "json"],
                ["outdated", folder, "--registry", registryFile, "--offline", "--format", "sarif"],
                ["preview", folder, "--check", "--format", "sarif"],
            ]
            let home = ["XDG_CACHE_HOME": "/nonexistent-slingr-pkg-cache"]
            for arguments in runs {
                let result = CLIHarness.run(arguments, environment: home)
                for id in Self.ruleIds(in: result.stdout + "\n" + result.stderr) { found[id] = arguments.joined(separator: " ") }
            }
            slots.withLock { $0[index] = found }
        }
        var emitted: [String: String] = [:]
        for found in slots.withLock({ $0 }) { emitted.merge(found) { first, _ in first } }
        #expect(emitted.count >= 10, "only \(emitted.count) ids emitted")
        for (id, command) in emitted.sorted(by: { $0.key < $1.key }) where !described.contains(id) {
            Issue.record("'\(id)' (from slingr-pkg \(command)) is not described by rules --format json")
        }
    }
}
