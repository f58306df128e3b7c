import SlingrDiagnostics
import Testing
@testable import SlingrPackage
import SlingrRuntime

/// The one rule catalogue: every declared rule is registered, ids are unique kebab-case, every
/// rule is documented, and every rule lint can report has examples both ways.
@Suite("Rule catalogue")
struct RuleCatalogueTests {
    static let root: String = {
        var path = PathName.parent(#filePath)
        while !LocalFileSystem().isFile(PathName.join(path, "Package.swift")) { path = PathName.parent(path) }
        return path
    }()

    /// `Sources/**/<Name>Rule.swift`: every such file declares the rule type `<Name>Rule`.
    static var ruleFiles: [String] {
        let fileSystem = LocalFileSystem()
        var found: [String] = []
        func walk(_ path: String) {
            for name in (try? fileSystem.contentsOfDirectory(path)) ?? [] {
                let child = PathName.join(path, name)
                if fileSystem.isDirectory(child) { walk(child) } else if name.hasSuffix("Rule.swift") { found.append(child) }
            }
        }
        walk(PathName.join(root, "Sources"))
        return found.sorted()
    }

    @Test("every rule file is registered in the catalogue")
    func registered() throws {
        let registered = Set(RuleCatalogue.complete.declarations.map { String(describing: $0) })
        let files = Self.ruleFiles
        #expect(files.count >= 40, "found \(files.count) rule files")
        for file in files {
            let typeName = String(PathName.lastComponent(file).dropLast(".swift".count))
            let text = String(decoding: try LocalFileSystem().readFile(file), as: UTF8.self)
            guard text.contains("enum \(typeName):") || text.contains("struct \(typeName):") else { continue }
            #expect(registered.contains(typeName), "\(file) declares \(typeName), which RuleCatalogue does not list")
        }
    }

    @Test("rule ids are unique and kebab-case, and every rule is documented")
    func ids() {
        let ids = RuleCatalogue.complete.ids
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        for rule in RuleCatalogue.complete.all {
            #expect(RuleDescription.isKebabCase(rule.id), "'\(rule.id)' is not kebab-case")
            #expect(!rule.summary.isEmpty && !rule.explanation.isEmpty, "\(rule.id) is not documented")
            #expect(!rule.summary.hasSuffix(" ") && !rule.explanation.hasPrefix(" "), "\(rule.id)")
        }
    }

    @Test("kebab-case is checked, not assumed")
    func kebabCase() {
        #expect(RuleDescription.isKebabCase("unknown-field-type"))
        #expect(RuleDescription.isKebabCase("json-bom"))
        for bad in ["UnknownFieldType", "unknown_field", "-lead", "trail-", "double--dash", "", "9lives", "a b"] {
            #expect(!RuleDescription.isKebabCase(bad), "\(bad)")
        }
    }

    @Test("rules that lint reports have examples that report and examples that do not")
    func lintRulesHaveExamples() {
        let lintIds = Set((RuleCatalogue.descriptorRules + RuleCatalogue.lintRules.map { $0 as any RuleDeclaration.Type }).map { $0.description.id })
        for rule in RuleCatalogue.complete.all where lintIds.contains(rule.id) {
            #expect(!rule.triggering.isEmpty, "\(rule.id) has no example that reports")
            #expect(!rule.nonTriggering.isEmpty, "\(rule.id) has no example that stays quiet")
        }
    }
}
