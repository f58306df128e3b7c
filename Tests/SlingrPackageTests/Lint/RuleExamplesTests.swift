import SlingrDiagnostics
import SlingrVersions
import Testing
@testable import SlingrPackage

/// Every rule's documented examples are run through the command they name. A reported example
/// must produce exactly the findings it lists, at its `↓` markers, with its messages; an example
/// that should stay quiet must produce none of the rule. Failures are reported at the example's
/// own line in the rule's file.
@Suite("Rule examples")
struct RuleExamplesTests {
    /// The findings of `example` for every rule, with the stripped files' markers.
    static func run(_ example: RuleExample) -> (diagnostics: [Diagnostic], markers: [(path: String, offset: Int)]) {
        let (files, markers) = example.strippedFiles
        var tree: [String: [UInt8]] = ["/repo/.keep": []]
        for (path, bytes) in files { tree["/repo/" + path] = bytes }
        let fileSystem = InMemoryFileSystem(binaryFiles: tree)
        switch example.command {
        case .lint:
            let repository = PackageRepository(root: "/repo", displayRoot: "repo", fileSystem: fileSystem)
            return (Linter().lint(repository).diagnostics, markers)
        case .previewCheck:
            let repository = PackageRepository(root: "/repo", displayRoot: "repo", fileSystem: fileSystem)
            guard let definition = try? FormDefinition.load(repository), let package = repository.package else { return ([], markers) }
            var values = ConfigurationValues()
            if let source = repository.source("values.json"), let read = ConfigurationValues.read(source).values { values = read }
            let evaluator = FormEvaluator(definition: definition, environment: FormEnvironment(packageName: definition.packageName))
            return (evaluator.evaluate(values).findings(descriptor: package.source, valuesFile: "repo/values.json"), markers)
        case .resolve:
            let request = VersionsRequest(packageDirectory: "/repo", displayDirectory: "repo", registry: "/repo/registry.json",
                                          registryDisplay: "repo/registry.json", cacheDirectory: "/cache")
            switch PackageVersions.resolve(request, fileSystem: fileSystem) {
            case .success(let outcome): return (outcome.diagnostics, markers)
            case .failure(let failure): return (failure.diagnostics, markers)
            }
        }
    }

    static func location(_ origin: RuleExample.Origin) -> Testing.SourceLocation {
        Testing.SourceLocation(fileID: origin.fileID, filePath: origin.filePath, line: origin.line, column: origin.column)
    }

    /// How a finding prints in failure messages: where it points and what it says.
    static func describe(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.range.map { "\(diagnostic.file ?? "-")@\($0.start)" } ?? (diagnostic.file ?? "-")
        return "\(place): \(diagnostic.message)"
    }

    static let withExamples = RuleCatalogue.package.all.filter { !$0.triggering.isEmpty || !$0.nonTriggering.isEmpty }.map(\.id)

    @Test("reported examples produce their findings at their markers", arguments: withExamples)
    func triggering(_ id: String) throws {
        let rule = try #require(RuleCatalogue.package.description(of: id))
        for example in rule.triggering {
            let (all, markers) = Self.run(example)
            let found = all.filter { $0.ruleId == id }
            let here = Self.location(example.origin)
            guard found.count == example.expected.count else {
                Issue.record("'\(example.caption)' should report \(example.expected.count) finding(s) of \(id); got \(found.map(Self.describe)) (all: \(all.map { "\($0.ruleId) \(Self.describe($0))" }))", sourceLocation: here)
                continue
            }
            var nextMarker = 0
            for (diagnostic, expectation) in zip(found, example.expected) {
                #expect(diagnostic.severity == rule.severity, "'\(example.caption)': \(Self.describe(diagnostic))", sourceLocation: here)
                #expect(diagnostic.message == expectation.message, "'\(example.caption)': message", sourceLocation: here)
                switch expectation {
                case .marked:
                    guard nextMarker < markers.count else {
                        Issue.record("'\(example.caption)' has fewer ↓ markers than .marked findings", sourceLocation: here)
                        continue
                    }
                    let marker = markers[nextMarker]
                    nextMarker += 1
                    #expect(diagnostic.file == "repo/" + marker.path && diagnostic.range?.start == marker.offset,
                            "'\(example.caption)': finding at \(Self.describe(diagnostic)), marker at repo/\(marker.path)@\(marker.offset)", sourceLocation: here)
                case .file(let path, _):
                    #expect(diagnostic.file == "repo/" + path && diagnostic.location == nil, "'\(example.caption)': \(Self.describe(diagnostic))", sourceLocation: here)
                case .unlocated:
                    #expect(diagnostic.file == nil, "'\(example.caption)': \(Self.describe(diagnostic))", sourceLocation: here)
                }
            }
            #expect(nextMarker == markers.count, "'\(example.caption)' has ↓ markers no finding uses", sourceLocation: here)
        }
    }

    @Test("examples that should stay quiet do", arguments: withExamples)
    func nonTriggering(_ id: String) throws {
        let rule = try #require(RuleCatalogue.package.description(of: id))
        for example in rule.nonTriggering {
            let found = Self.run(example).diagnostics.filter { $0.ruleId == id }
            #expect(found.isEmpty, "'\(example.caption)' should not report \(id); got \(found.map(Self.describe))",
                    sourceLocation: Self.location(example.origin))
            #expect(example.expected.isEmpty && example.strippedFiles.markers.isEmpty,
                    "'\(example.caption)' stays quiet, so it has no markers or expectations", sourceLocation: Self.location(example.origin))
        }
    }

    @Test("fixable rules carry fixes in their examples, other rules never do", arguments: withExamples)
    func fixes(_ id: String) throws {
        let rule = try #require(RuleCatalogue.package.description(of: id))
        for example in rule.triggering {
            let fixes = Self.run(example).diagnostics.filter { $0.ruleId == id && $0.fixIt != nil }
            if !rule.isFixable {
                #expect(fixes.isEmpty, "\(id) is not fixable, yet '\(example.caption)' has a fix", sourceLocation: Self.location(example.origin))
            }
        }
        if rule.isFixable {
            let anyFix = rule.triggering.contains { !Self.run($0).diagnostics.filter { $0.ruleId == id && $0.fixIt != nil }.isEmpty }
            #expect(anyFix, "\(id) is fixable but none of its examples shows a fix")
        }
    }
}
