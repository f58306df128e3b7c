import Dispatch
import Foundation
import SlingrDiagnostics
import SlingrJSON
import Synchronization
import Testing
@testable import SlingrPackage

/// Every fix is sound: over every fixture package, every real package of the corpus (when it is
/// beside the repository) and seeded mutations of them, lint, `--fix`, lint again: the fixed
/// findings are gone, no new rule id appears (except in a file that was not valid JSON before,
/// whose contents only become checkable once it parses), nothing that printed `fix:` is left
/// unfixed, and a second `--fix` changes nothing.
@Suite("Fix soundness")
struct FixSoundnessTests {
    static let root: String = {
        var path = PathName.parent(#filePath)
        while !LocalFileSystem().isFile(PathName.join(path, "Package.swift")) { path = PathName.parent(path) }
        return path
    }()

    /// A package as files (repository-relative path to bytes).
    typealias Tree = [String: [UInt8]]

    /// Regular files under `folder`, skipping hidden ones and large ones (no descriptor is).
    static func load(_ folder: String) -> Tree {
        let fileSystem = LocalFileSystem()
        var tree: Tree = [:]
        func walk(_ relative: String) {
            let absolute = relative.isEmpty ? folder : PathName.join(folder, relative)
            for name in (try? fileSystem.contentsOfDirectory(absolute)) ?? [] where !name.hasPrefix(".") || name == ".slingr-pkg.json" {
                let path = relative.isEmpty ? name : PathName.join(relative, name)
                guard let info = fileSystem.info(PathName.join(folder, path), followSymlinks: false) else { continue }
                if info.kind == .directory { walk(path) } else if info.kind == .file, info.size < 1 << 20,
                                                                 let bytes = try? fileSystem.readFile(PathName.join(folder, path)) {
                    tree[path] = bytes
                }
            }
        }
        walk("")
        return tree
    }

    static func fileSystem(_ tree: Tree) -> InMemoryFileSystem {
        var files: [String: [UInt8]] = ["/repo/.keep": []]
        for (path, bytes) in tree { files["/repo/" + path] = bytes }
        return InMemoryFileSystem(binaryFiles: files)
    }

    static func lint(_ tree: Tree) -> [Diagnostic] {
        Linter().lint(PackageRepository(root: "/repo", displayRoot: "repo", fileSystem: fileSystem(tree))).diagnostics
    }

    /// The tree after `lint --fix`, and the fixer's own result.
    static func fix(_ tree: Tree) -> (tree: Tree, result: LintFixer.Result) {
        let result = LintFixer.fix(root: "/repo", displayRoot: "repo", fileSystem: fileSystem(tree), linter: Linter())
        var fixed = tree
        for change in result.changes {
            guard let relative = PathName.relative(change.absolutePath, to: "/repo") else { continue }
            fixed[relative] = change.fixed
        }
        return (fixed, result)
    }

    /// What is wrong with fixing `tree`, in words; empty when every property holds.
    static func violations(_ tree: Tree, name: String) -> [String] {
        let before = lint(tree)
        let (fixed, result) = fix(tree)
        let after = lint(fixed)
        var problems: [String] = []
        let unparsed = Set(before.filter { $0.ruleId == JSONSyntaxRule.description.id }.compactMap(\.file))
        func key(_ diagnostic: Diagnostic) -> String { "\(diagnostic.ruleId)|\(diagnostic.file ?? "")|\(diagnostic.message)" }
        var remaining: [String: Int] = [:]
        for diagnostic in after { remaining[key(diagnostic), default: 0] += 1 }
        var expected: [String: Int] = [:]
        for diagnostic in before where diagnostic.fixIt == nil { expected[key(diagnostic), default: 0] += 1 }
        for diagnostic in before where diagnostic.fixIt != nil && (remaining[key(diagnostic)] ?? 0) > (expected[key(diagnostic)] ?? 0) {
            problems.append("\(name): the fix of '\(diagnostic.message)' [\(diagnostic.ruleId)] did not remove it")
        }
        for diagnostic in after where diagnostic.fixIt != nil {
            problems.append("\(name): '\(diagnostic.message)' [\(diagnostic.ruleId)] still offers a fix after --fix")
        }
        let rulesBefore = Set(before.map { "\($0.file ?? "")|\($0.ruleId)" })
        for diagnostic in after where !rulesBefore.contains("\(diagnostic.file ?? "")|\(diagnostic.ruleId)") && !unparsed.contains(diagnostic.file ?? "") {
            problems.append("\(name): --fix made a new finding: \(diagnostic.file ?? "-"): '\(diagnostic.message)' [\(diagnostic.ruleId)]")
        }
        if !fix(fixed).result.changes.isEmpty {
            problems.append("\(name): a second --fix changed \(fix(fixed).result.changes.map(\.displayPath))")
        }
        _ = result
        return problems
    }

    /// Fixture packages and, when present, the corpus of real packages.
    static var packages: [(name: String, tree: Tree)] {
        var folders = ["Fixtures/packages/sample", "Fixtures/lint/broken", "Fixtures/lint/configured", "Fixtures/lint/expressions",
                       "Fixtures/lint/scripts", "Fixtures/docs/stale", "Fixtures/runtime/acme", "Fixtures/runtime/calendar",
                       "Fixtures/runtime/oauth-lite"]
            .map { PathName.join(root, $0) }
        let corpus = PathName.normalize(PathName.join(root, "../shared/corpus/packages"))
        for name in (try? LocalFileSystem().contentsOfDirectory(corpus)) ?? [] { folders.append(PathName.join(corpus, name)) }
        return folders.map { (PathName.lastComponent($0), load($0)) }.filter { !$0.tree.isEmpty }
    }

    /// Runs `check` on every item on both cores and gathers the violations in order.
    static func inParallel(_ items: [(name: String, tree: Tree)], _ check: @Sendable (String, Tree) -> [String]) -> [String] {
        let slots = Mutex(Array(repeating: [String](), count: items.count))
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let found = check(items[index].name, items[index].tree)
            slots.withLock { $0[index] = found }
        }
        return slots.withLock { $0.flatMap { $0 } }
    }

    @Test("lint, --fix, lint: fixed findings are gone, nothing new appears, a second --fix changes nothing")
    func fixturesAndCorpus() {
        let packages = Self.packages
        if packages.count < 20 { print("note: ../shared/corpus is not beside the repository; fix soundness checked on the fixtures only") }
        for violation in Self.inParallel(packages) { name, tree in Self.violations(tree, name: name) } { Issue.record(Comment(rawValue: violation)) }
    }

    @Test("the same holds on seeded mutations that introduce fixable mistakes")
    func mutations() {
        var generator = SplitMix64(seed: 0x5EED_F1C5)
        var mutants: [(name: String, tree: Tree)] = []
        let packages = Self.packages
        // Without the corpus the few fixtures get more rounds, so as many mistakes are tried.
        let rounds = packages.count < 20 ? 8 : 3
        for (name, tree) in packages {
            for round in 0..<rounds {
                var mutated = tree
                var applied: [String] = []
                for _ in 0..<3 {
                    if let description = FixableMutation.apply(to: &mutated, using: &generator) { applied.append(description) }
                }
                guard !applied.isEmpty else { continue }
                mutants.append(("\(name)#\(round) (\(applied.joined(separator: ", ")))", mutated))
            }
        }
        #expect(mutants.count >= 20, "only \(mutants.count) mutants")
        for violation in Self.inParallel(mutants) { name, tree in Self.violations(tree, name: name) } { Issue.record(Comment(rawValue: violation)) }
    }
}

/// Text edits of descriptors that introduce the mistakes fixable rules repair: booleans as
/// strings, misspelt keys and enum values, a BOM, trailing commas, a repeated metadata entry,
/// a version prefix after the 'v', a missing leading '/', a step renamed away from its folder.
enum FixableMutation {
    static let edits: [(name: String, from: String, to: String)] = [
        ("boolean as string", "\"required\": true", "\"required\": \"true\""),
        ("misspelt visibility", "\"visibility\":", "\"visible\":"),
        ("lower-case dropdown", "\"dropDown\"", "\"dropdown\""),
        ("version prefix after v", "\"^v", "\"v^"),
        ("metadata path without slash", "\"path\": \"/", "\"path\": \""),
        ("button many", "\"type\": \"button\"", "\"type\": \"button\", \"multiplicity\": \"many\""),
        ("label with defaultValue", "\"type\": \"label\", \"value\"", "\"type\": \"label\", \"defaultValue\""),
        ("trailing comma", "\n  ]\n}", ",\n  ]\n}"),
        ("capitalised multiplicity", "\"multiplicity\": \"many\"", "\"multiplicity\": \"Many\""),
    ]

    /// Applies one mutation at a random place of a random descriptor; its description, or
    /// `nil` when the chosen one had nowhere to go.
    static func apply(to tree: inout [String: [UInt8]], using generator: inout SplitMix64) -> String? {
        let descriptors = tree.keys.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        guard !descriptors.isEmpty else { return nil }
        let path = descriptors[Int(generator.next() % UInt64(descriptors.count))]
        guard var text = tree[path].map({ String(decoding: $0, as: UTF8.self) }) else { return nil }
        let choice = Int(generator.next() % UInt64(edits.count + 2))
        if choice == edits.count {
            guard !text.hasPrefix("\u{FEFF}") else { return nil }
            text = "\u{FEFF}" + text
            tree[path] = Array(text.utf8)
            return "BOM in \(path)"
        }
        if choice == edits.count + 1 {
            return repeatMetadataEntry(in: &tree, path: path, text: text)
        }
        let edit = edits[choice]
        let ranges = occurrences(of: edit.from, in: text)
        guard !ranges.isEmpty else { return nil }
        let range = ranges[Int(generator.next() % UInt64(ranges.count))]
        text.replaceSubrange(range, with: edit.to)
        tree[path] = Array(text.utf8)
        return "\(edit.name) in \(path)"
    }

    /// Lists the first metadata entry of package.json twice.
    private static func repeatMetadataEntry(in tree: inout [String: [UInt8]], path: String, text: String) -> String? {
        guard path == "package.json", let metadata = text.range(of: "\"metadata\""),
              let open = text[metadata.upperBound...].firstIndex(of: "{"),
              let close = text[open...].firstIndex(of: "}") else { return nil }
        let entry = String(text[open...close])
        var mutated = text
        mutated.insert(contentsOf: entry + ", ", at: open)
        tree[path] = Array(mutated.utf8)
        return "repeated metadata entry"
    }

    private static func occurrences(of needle: String, in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var start = text.startIndex
        while let range = text.range(of: needle, range: start..<text.endIndex) {
            found.append(range)
            start = range.upperBound
        }
        return found
    }
}
