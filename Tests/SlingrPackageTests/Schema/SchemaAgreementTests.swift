import Foundation
import SlingrDiagnostics
import SlingrJSON
import Testing
@testable import SlingrPackage

/// The generated schemas against a real validator (Python's jsonschema, draft-07): on every
/// descriptor of the repository's fixtures and of the corpus of real packages (when it sits next
/// to the repository), and on seeded mutations of the clean ones, the schema rejects a document
/// exactly when `validate` reports a finding of a rule the schemas express
/// (`JSONSchemaGenerator.expressedRules`). Skipped with a message when jsonschema is absent.
@Suite("JSON Schemas agree with validate")
struct SchemaAgreementTests {
    static let root: String = {
        var path = PathName.parent(#filePath)
        while path != "/", !LocalFileSystem().isFile(PathName.join(path, "Package.swift")) { path = PathName.parent(path) }
        return path
    }()

    static var corpus: String { PathName.normalize(PathName.join(root, "../shared/corpus")) }

    /// One document to check on both sides.
    struct Case {
        var label: String
        var kind: SchemaKind
        var text: String
        /// The expressed findings `validate` reports (empty: the schema must accept).
        var findings: [String]
    }

    static let expressed = Set(JSONSchemaGenerator.expressedRules.map { $0.description.id })

    static func findings(_ text: String, kind: DescriptorKind) -> [String] {
        DescriptorValidator.validate(SourceFile(path: "doc.json", bytes: Array(text.utf8)), kind: kind).diagnostics
            .filter { expressed.contains($0.ruleId) }.map { "\($0.ruleId): \($0.message)" }
    }

    /// Every descriptor under `folder`, labelled by its path from the folder's parent.
    static func descriptors(under folder: String) -> [(path: String, label: String, kind: DescriptorKind)] {
        var found: [(String, String, DescriptorKind)] = []
        let fileSystem = LocalFileSystem()
        let parent = PathName.parent(folder)
        func walk(_ path: String) {
            for name in ((try? fileSystem.contentsOfDirectory(path)) ?? []).sorted() {
                let child = PathName.join(path, name)
                if fileSystem.isDirectory(child) {
                    walk(child)
                } else if let kind = DescriptorKind(fileName: name) {
                    found.append((child, String(child.dropFirst(parent.count + 1)), kind))
                }
            }
        }
        walk(folder)
        return found
    }

    @Test("fixture and corpus descriptors and seeded mutations: the schema rejects exactly what validate reports as structural")
    func corpusAgreement() throws {
        var descriptors = Self.descriptors(under: PathName.join(Self.root, "Fixtures"))
        let fixtureCount = descriptors.count
        let corpusPresent = LocalFileSystem().isDirectory(Self.corpus)
        if corpusPresent {
            descriptors += Self.descriptors(under: Self.corpus)
        } else {
            print("skipped part: no corpus of real packages next to the repository (../shared/corpus); only the fixtures' descriptors are checked")
        }
        // Two mutations per clean descriptor keep the run short; SLINGR_SCHEMA_MUTATIONS=8 tries
        // every kind of mutation on every descriptor.
        let perDocument: Int = ProcessInfo.processInfo.environment["SLINGR_SCHEMA_MUTATIONS"].flatMap { Int($0) } ?? 2
        var cases: [Case] = []
        var random = SplitMix64(seed: 0x5C4E_4A11)
        for (number, (path, relative, kind)) in descriptors.enumerated() {
            let parsed = JSONParser.parse(SourceFile(path: path, bytes: try LocalFileSystem().readFile(path)))
            // Not JSON at all: validate reports a syntax error, which no schema can express.
            guard let document = parsed.value, !parsed.hasErrors else { continue }
            let text = document.output.rendered(indent: 2)
            let schemaKind: SchemaKind = kind == .package ? .package : kind == .step ? .step : .uiService
            let original = Case(label: relative, kind: schemaKind, text: text, findings: Self.findings(text, kind: kind))
            cases.append(original)
            guard original.findings.isEmpty else { continue }
            for round in (number * perDocument)..<(number * perDocument + perDocument) {
                guard let (mutated, what) = DocumentMutation.apply(round, to: document.output, random: &random) else { continue }
                let mutatedText = mutated.rendered(indent: 2)
                cases.append(Case(label: "\(relative) with \(what)", kind: schemaKind, text: mutatedText, findings: Self.findings(mutatedText, kind: kind)))
            }
        }
        guard let verdicts = try SchemaValidatorProcess.validate(cases.map { ($0.kind, $0.text) }) else {
            print("skipped: python3 with jsonschema not found (pip install jsonschema); schema agreement not checked")
            return
        }
        var mismatches: [String] = []
        for (item, verdict) in zip(cases, verdicts) {
            let schemaRejects = verdict != "valid"
            if schemaRejects != !item.findings.isEmpty {
                mismatches.append("\(item.label): validate \(item.findings.isEmpty ? "finds nothing structural" : item.findings.joined(separator: "; ")), schema says \(verdict)")
            }
        }
        let rejected = cases.filter { !$0.findings.isEmpty }.count
        print("schema agreement: \(cases.count) documents (\(cases.count - rejected) structurally clean, \(rejected) with structural findings), \(mismatches.count) disagreements")
        #expect(mismatches.isEmpty, "\(mismatches.count) disagreements:\n\(mismatches.prefix(25).joined(separator: "\n"))")
        let fromFixtures = cases.filter { $0.label.hasPrefix("Fixtures/") }
        print("schema agreement: \(fixtureCount) fixture descriptors give \(fromFixtures.count) documents, \(fromFixtures.filter { !$0.findings.isEmpty }.count) with structural findings")
        #expect(fromFixtures.count > 100 && fromFixtures.filter { !$0.findings.isEmpty }.count > 40, "too few fixture documents to say anything")
        if corpusPresent { #expect(cases.count > 500 && rejected > 200, "too few documents to say anything") }
    }
}

extension SchemaAgreementTests {
    /// What reading a `.slingr-pkg.json` reports about its shape: the lint settings and the
    /// version sources (paths are not confined to a repository here: no schema can see that).
    static func settingsFindings(_ text: String) -> [String] {
        let settings = ProjectSettings.read(SourceFile(path: ProjectSettings.fileName, bytes: Array(text.utf8)))
        let found = settings.lintConfiguration(catalogue: .package).1 + settings.sourceConfiguration().diagnostics
        let ids = [SettingsFileRule.description.id, SettingsUnknownRule.description.id]
        return Array(Set(found.filter { ids.contains($0.ruleId) }.map { "\($0.ruleId): \($0.message)" })).sorted()
    }

    /// Every `.slingr-pkg.json` under `folder`.
    static func settingsFiles(under folder: String) -> [(path: String, label: String)] {
        let fileSystem = LocalFileSystem()
        let parent = PathName.parent(folder)
        var found: [(String, String)] = []
        func walk(_ path: String) {
            for name in ((try? fileSystem.contentsOfDirectory(path)) ?? []).sorted() {
                let child = PathName.join(path, name)
                if fileSystem.isDirectory(child) {
                    walk(child)
                } else if name == ProjectSettings.fileName {
                    found.append((child, String(child.dropFirst(parent.count + 1))))
                }
            }
        }
        walk(folder)
        return found
    }

    @Test("settings files and seeded mutations: the settings schema rejects exactly what reading the settings reports")
    func settingsAgreement() throws {
        var files = Self.settingsFiles(under: PathName.join(Self.root, "Fixtures"))
        if LocalFileSystem().isDirectory(Self.corpus) { files += Self.settingsFiles(under: Self.corpus) }
        var cases: [Case] = []
        var random = SplitMix64(seed: 0x5E77_1265)
        for (number, (path, label)) in files.enumerated() {
            let parsed = JSONParser.parse(SourceFile(path: path, bytes: try LocalFileSystem().readFile(path)))
            guard let document = parsed.value, !parsed.hasErrors else { continue }
            let text = document.output.rendered(indent: 2)
            cases.append(Case(label: label, kind: .config, text: text, findings: Self.settingsFindings(text)))
            // Few settings files exist: every kind of mutation, several times, on each.
            for round in (number * 24)..<(number * 24 + 24) {
                guard let (mutated, what) = DocumentMutation.apply(round, to: document.output, random: &random) else { continue }
                let mutatedText = mutated.rendered(indent: 2)
                cases.append(Case(label: "\(label) with \(what)", kind: .config, text: mutatedText, findings: Self.settingsFindings(mutatedText)))
            }
        }
        guard let verdicts = try SchemaValidatorProcess.validate(cases.map { ($0.kind, $0.text) }) else {
            print("skipped: python3 with jsonschema not found (pip install jsonschema); settings schema agreement not checked")
            return
        }
        var mismatches: [String] = []
        for (item, verdict) in zip(cases, verdicts) where (verdict != "valid") != !item.findings.isEmpty {
            mismatches.append("\(item.label): reading finds \(item.findings.isEmpty ? "nothing" : item.findings.joined(separator: "; ")), schema says \(verdict)")
        }
        let rejected = cases.filter { !$0.findings.isEmpty }.count
        print("settings schema agreement: \(cases.count) documents from \(files.count) files, \(rejected) with findings, \(mismatches.count) disagreements")
        #expect(mismatches.isEmpty, "\(mismatches.count) disagreements:\n\(mismatches.prefix(25).joined(separator: "\n"))")
        #expect(cases.count > 100 && rejected > 30, "too few documents to say anything")
    }
}

/// Seeded changes to a document, each a kind of mistake authors make.
enum DocumentMutation {
    enum Step: Hashable { case key(String), index(Int) }

    /// Every value's path in the document.
    static func paths(_ value: JSONOutput, _ prefix: [Step] = []) -> [[Step]] {
        var result = [prefix]
        switch value {
        case .array(let items): for (index, item) in items.enumerated() { result += paths(item, prefix + [.index(index)]) }
        case .object(let members): for member in members { result += paths(member.1, prefix + [.key(member.0)]) }
        default: break
        }
        return result
    }

    static func value(at path: [Step], in document: JSONOutput) -> JSONOutput? {
        guard let first = path.first else { return document }
        switch (first, document) {
        case (.index(let index), .array(let items)) where index < items.count: return value(at: Array(path.dropFirst()), in: items[index])
        case (.key(let key), .object(let members)): return members.last { $0.0 == key }.flatMap { value(at: Array(path.dropFirst()), in: $0.1) }
        default: return nil
        }
    }

    /// The document with the value at `path` changed by `change` (nil removes an object member).
    static func replacing(_ path: [Step], in document: JSONOutput, _ change: (JSONOutput) -> JSONOutput?) -> JSONOutput {
        guard let first = path.first else { return change(document) ?? document }
        let rest = Array(path.dropFirst())
        switch (first, document) {
        case (.index(let index), .array(var items)) where index < items.count:
            items[index] = replacing(rest, in: items[index], change)
            return .array(items)
        case (.key(let key), .object(let members)):
            var result: [(String, JSONOutput)] = []
            for member in members {
                if member.0 != key { result.append(member); continue }
                if rest.isEmpty {
                    if let changed = change(member.1) { result.append((key, changed)) }
                } else {
                    result.append((key, replacing(rest, in: member.1, change)))
                }
            }
            return .object(result)
        default:
            return document
        }
    }

    static func renaming(_ path: [Step], in document: JSONOutput, to name: String) -> JSONOutput {
        guard case .key(let key)? = path.last else { return document }
        return replacing(Array(path.dropLast()), in: document) { parent in
            guard case .object(let members) = parent else { return parent }
            return .object(members.map { $0.0 == key ? (name, $0.1) : $0 })
        }
    }

    static func describe(_ path: [Step]) -> String {
        "/" + path.map { step -> String in
            switch step {
            case .key(let key): return key
            case .index(let index): return String(index)
            }
        }.joined(separator: "/")
    }

    /// Mutation number `round` (the kind cycles with the round), at a random place.
    static func apply(_ round: Int, to document: JSONOutput, random: inout SplitMix64) -> (JSONOutput, String)? {
        let all = paths(document)
        func pick(_ candidates: [[Step]]) -> [Step]? {
            candidates.isEmpty ? nil : candidates[Int.random(in: 0..<candidates.count, using: &random)]
        }
        let members = all.filter { if case .key? = $0.last { return true } else { return false } }
        let strings = all.filter { if case .string? = value(at: $0, in: document) { return true } else { return false } }
        let objects = all.filter { if case .object? = value(at: $0, in: document) { return true } else { return false } }
        switch round % 8 {
        case 0:
            guard let path = pick(members) else { return nil }
            return (replacing(path, in: document) { _ in nil }, "\(describe(path)) removed")
        case 1, 2:
            guard let path = pick(all.filter { !$0.isEmpty }) else { return nil }
            let changed = replacing(path, in: document) { value in
                switch value {
                case .string: return .integer(1)
                case .integer, .number: return .string("1")
                case .bool: return .string("yes")
                case .null: return .bool(true)
                case .array: return .object([])
                case .object: return .array([])
                }
            }
            return (changed, "\(describe(path)) of another type")
        case 3:
            guard let path = pick(members) else { return nil }
            guard case .key(let key)? = path.last else { return nil }
            return (renaming(path, in: document, to: key + "x"), "\(describe(path)) renamed")
        case 4:
            guard let path = pick(strings) else { return nil }
            return (replacing(path, in: document) { _ in .string("bogus value") }, "\(describe(path)) set to 'bogus value'")
        case 5:
            guard let path = pick(objects) else { return nil }
            return (replacing(path, in: document) { value in
                guard case .object(let members) = value else { return value }
                return .object(members + [("extra", .bool(true))])
            }, "\(describe(path))/extra added")
        case 6:
            let typed = strings.filter { ["type", "version", "name", "multiplicity", "path"].contains({ if case .key(let key)? = $0.last { return key } else { return "" } }($0)) }
            guard let path = pick(typed), case .key(let key)? = path.last else { return nil }
            let replacement = ["type": "dropdown", "version": "1.2.3", "name": "2 words", "multiplicity": "several", "path": "scripts/a.js"][key] ?? "x"
            return (replacing(path, in: document) { _ in .string(replacement) }, "\(describe(path)) set to '\(replacement)'")
        default:
            let arrays = all.filter { if case .array? = value(at: $0, in: document) { return true } else { return false } }
            guard let path = pick(arrays) else { return nil }
            return (replacing(path, in: document) { value in
                guard case .array(let items) = value else { return value }
                return .array(items + [.string("item")])
            }, "a string appended to \(describe(path))")
        }
    }
}

/// Runs Fixtures/schema/validate.py over many documents at once.
enum SchemaValidatorProcess {
    /// One verdict per document ('valid' or 'invalid: ...'); nil when python3 or jsonschema is missing.
    static func validate(_ documents: [(SchemaKind, String)]) throws -> [String]? {
        let fileSystem = LocalFileSystem()
        let folder = try fileSystem.makeTemporaryDirectory(in: NSTemporaryDirectory(), prefix: "schema-agreement")
        defer { try? fileSystem.removeItem(folder) }
        let generator = JSONSchemaGenerator(catalogue: .package)
        var pairs: [JSONOutput] = []
        for kind in SchemaKind.allCases {
            try fileSystem.writeFileAtomically(PathName.join(folder, "\(kind.rawValue).schema.json"), Array(generator.schema(kind).rendered().utf8))
        }
        for (index, (kind, text)) in documents.enumerated() {
            let path = PathName.join(folder, "doc\(index).json")
            try fileSystem.writeFileAtomically(path, Array(text.utf8))
            pairs.append(.array([.string(PathName.join(folder, "\(kind.rawValue).schema.json")), .string(path)]))
        }
        let manifest = PathName.join(folder, "manifest.json")
        try fileSystem.writeFileAtomically(manifest, Array(JSONOutput.array(pairs).rendered().utf8))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", PathName.join(SchemaAgreementTests.root, "Fixtures/schema/validate.py"), manifest]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // 127: no python3; 3: no jsonschema. Any other failure is the check's, not a skip.
        if [3, 127].contains(process.terminationStatus) { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard process.terminationStatus == 0, lines.count == documents.count else {
            throw ValidatorFailure(message: "validate.py exited with \(process.terminationStatus) after \(lines.count) of \(documents.count) verdicts: \(problem)")
        }
        return lines
    }

    struct ValidatorFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
