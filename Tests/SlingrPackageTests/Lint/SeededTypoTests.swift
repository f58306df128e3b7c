import Foundation
import SlingrDiagnostics
import Testing
@testable import SlingrPackage

/// The names that cross files are checked on real code: in every fixture package and every real
/// package of the corpus (when it is beside the repository), a name the code uses correctly is
/// misspelt, one at a time (a configuration field read by a script, a declared dependency, a
/// library called through `pkg`, `config` in a form expression), and lint must report that very
/// misspelling with the rule that owns it, in the file where it was made.
@Suite("Seeded typos in real packages")
struct SeededTypoTests {
    struct Typo: CustomStringConvertible, Sendable {
        var file: String
        var original: String
        var misspelt: String
        var rule: String
        /// Text the finding's message must contain.
        var shown: String
        var description: String { "\(file): '\(original)' -> '\(misspelt)'" }
    }

    /// Every occurrence of `prefix` + identifier in `text`, with the identifier.
    static func occurrences(of prefix: String, in text: String) -> [(range: Range<String.Index>, name: String)] {
        var found: [(Range<String.Index>, String)] = []
        var searchStart = text.startIndex
        while let match = text.range(of: prefix, range: searchStart..<text.endIndex) {
            let name = text[match.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            let before = match.lowerBound == text.startIndex ? " " : text[text.index(before: match.lowerBound)]
            let line = text[..<match.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
            let inComment = line.contains("//") || line.trimmingCharacters(in: .whitespaces).hasPrefix("*") || line.contains("/*")
            if !name.isEmpty, !inComment, !(before.isLetter || before.isNumber || before == "_" || before == "." || before == "@") {
                found.append((match.lowerBound..<text.index(match.upperBound, offsetBy: name.count), String(name)))
            }
            searchStart = match.upperBound
        }
        return found
    }

    /// The typos that can be made in `tree`: at most one of each kind per file.
    static func typos(in tree: FixSoundnessTests.Tree) -> [(tree: FixSoundnessTests.Tree, typo: Typo)] {
        guard let bytes = tree["package.json"], let package = PackageDescriptor.decode(SourceFile(path: "package.json", bytes: bytes)).descriptor,
              let packageName = package.name?.text else { return [] }
        let fields = Set(package.configuration.map(\.name))
        let dependencies = Set(package.dependencies.compactMap { $0.name?.text })
        let libraries = Set(package.metadata.filter { $0.type == "script" }.compactMap(\.namespace))
        var result: [(FixSoundnessTests.Tree, Typo)] = []
        func misspell(_ file: String, _ text: String, at range: Range<String.Index>, replacement: String, typo: Typo) {
            var mutated = tree
            mutated[file] = Array(text.replacingCharacters(in: range, with: replacement).utf8)
            result.append((mutated, typo))
        }
        for (file, bytes) in tree.sorted(by: { $0.key < $1.key }) where file.hasSuffix(".js") && !file.hasPrefix("test/") {
            let text = String(decoding: bytes, as: UTF8.self)
            // A file with its own `config` variable is not about the configuration.
            let ownConfig = ["var config", "let config", "const config", "(config", ", config)"].contains { text.contains($0) }
            if !ownConfig, let use = occurrences(of: "config.", in: text).first(where: { fields.contains($0.name) }) {
                let typo = use.name + "Typo"
                misspell(file, text, at: use.range, replacement: "config." + typo,
                         typo: Typo(file: file, original: "config." + use.name, misspelt: "config." + typo, rule: "config-reference", shown: "config." + typo))
            }
            if let use = occurrences(of: "dependencies.", in: text).first(where: { dependencies.contains($0.name) }) {
                let typo = use.name + "x"
                misspell(file, text, at: use.range, replacement: "dependencies." + typo,
                         typo: Typo(file: file, original: "dependencies." + use.name, misspelt: "dependencies." + typo, rule: "dependency-reference", shown: "dependencies." + typo))
            }
            let prefix = "pkg.\(packageName)."
            if let use = occurrences(of: prefix, in: text).first(where: { libraries.contains($0.name) }) {
                let typo = use.name + "s"
                misspell(file, text, at: use.range, replacement: prefix + typo,
                         typo: Typo(file: file, original: prefix + use.name, misspelt: prefix + typo, rule: "library-reference", shown: prefix + typo))
            }
        }
        // `config` itself misspelt in the first form expression that reads a field (when the
        // descriptor's expressions parse: a broken one is reported as such, names unchecked).
        let descriptor = String(decoding: bytes, as: UTF8.self)
        let expressionsParse = !FixSoundnessTests.lint(tree).contains { $0.ruleId == "expression-syntax" }
        for key in ["\"visibility\": \"", "\"required\": \""] where expressionsParse {
            guard let start = descriptor.range(of: key),
                  let use = occurrences(of: "config.", in: String(descriptor[start.upperBound...].prefix { $0 != "\"" })).first else { continue }
            let offset = descriptor.distance(from: descriptor.startIndex, to: start.upperBound)
            let expression = String(descriptor[start.upperBound...].prefix { $0 != "\"" })
            let lower = descriptor.index(descriptor.startIndex, offsetBy: offset + expression.distance(from: expression.startIndex, to: use.range.lowerBound))
            misspell("package.json", descriptor, at: lower..<descriptor.index(lower, offsetBy: "config".count), replacement: "conifg",
                     typo: Typo(file: "package.json", original: "config", misspelt: "conifg", rule: "undefined-name", shown: "'conifg'"))
            break
        }
        return result
    }

    @Test("each misspelt name is reported with its rule, in the file where it was made")
    func seededTypos() {
        let packages = FixSoundnessTests.packages
        var cases: [(name: String, tree: FixSoundnessTests.Tree, typo: Typo)] = []
        for (name, tree) in packages {
            for (mutated, typo) in Self.typos(in: tree) { cases.append((name, mutated, typo)) }
        }
        #expect(cases.count >= 8, "only \(cases.count) typos could be made")
        let typos = Dictionary(cases.map { ("\($0.name): \($0.typo)", $0.typo) }, uniquingKeysWith: { first, _ in first })
        let problems = FixSoundnessTests.inParallel(cases.map { ("\($0.name): \($0.typo)", $0.tree) }) { name, tree in
            guard let typo = typos[name] else { return [] }
            let found = FixSoundnessTests.lint(tree).contains { diagnostic in
                diagnostic.ruleId == typo.rule && diagnostic.message.contains(typo.shown) && (diagnostic.file ?? "").hasSuffix(typo.file)
            }
            return found ? [] : ["\(name): no \(typo.rule) finding naming \(typo.shown) in \(typo.file)"]
        }
        for problem in problems { Issue.record(Comment(rawValue: problem)) }
        print("seeded typos: \(cases.count) in \(packages.count) packages, \(cases.count - problems.count) reported")
    }
}
