import SlingrDiagnostics
import Testing
@testable import SlingrPackage

/// Every rule's documented examples are run: "reported" examples must produce the rule's id,
/// "not reported" ones must not.
@Suite("Rule examples")
struct RuleExamplesTests {
    static func lint(_ example: RuleExample) -> [Diagnostic] {
        var files: [String: [UInt8]] = [:]
        for (path, file) in example.files { files["/repo/" + path] = file.bytes }
        files["/repo/.keep"] = []
        let fileSystem = InMemoryFileSystem(binaryFiles: files)
        let repository = PackageRepository(root: "/repo", displayRoot: "repo", fileSystem: fileSystem)
        return Linter().lint(repository).diagnostics
    }

    static let rules = RuleRegistry.all.filter { !$0.triggering.isEmpty || !$0.nonTriggering.isEmpty }

    @Test("every rule id is unique and documented")
    func idsAreUnique() {
        let ids = RuleRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        for rule in RuleRegistry.all {
            #expect(!rule.summary.isEmpty && !rule.rationale.isEmpty, "\(rule.id)")
        }
    }

    @Test("rules with behaviour of their own have examples both ways", arguments: RuleRegistry.all.map(\.id))
    func hasExamples(_ id: String) throws {
        let rule = try #require(RuleRegistry.description(of: id))
        if id == LintConfiguration.ruleId { return }
        #expect(!rule.triggering.isEmpty, "\(id) has no triggering example")
        #expect(!rule.nonTriggering.isEmpty, "\(id) has no non-triggering example")
    }

    @Test("reported examples produce the rule", arguments: rules.map(\.id))
    func triggering(_ id: String) throws {
        let rule = try #require(RuleRegistry.description(of: id))
        for example in rule.triggering {
            let found = Self.lint(example)
            #expect(found.contains { $0.ruleId == id }, "'\(example.caption)' should report \(id); got \(found.map { "\($0.ruleId): \($0.message)" })")
            for diagnostic in found where diagnostic.ruleId == id {
                #expect(diagnostic.severity == rule.severity)
            }
        }
    }

    @Test("examples that should stay quiet do", arguments: rules.map(\.id))
    func nonTriggering(_ id: String) throws {
        let rule = try #require(RuleRegistry.description(of: id))
        for example in rule.nonTriggering {
            let found = Self.lint(example).filter { $0.ruleId == id }
            #expect(found.isEmpty, "'\(example.caption)' should not report \(id); got \(found.map(\.message))")
        }
    }
}
