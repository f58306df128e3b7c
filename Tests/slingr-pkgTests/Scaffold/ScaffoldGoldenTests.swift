import SlingrDiagnostics
import Testing
@testable import slingr_pkg

/// Golden trees of `new` and `add`: each case runs the command in-process on an in-memory file
/// system (current folder `/work`) and compares a rendering of everything it printed and wrote
/// with `Fixtures/golden/<command>/<case>.tree`. For `add` the package starts as a copy of a
/// `Fixtures/scaffold/` folder at `/work/pkg`, and `package.json` is shown as a unified diff.
/// `SLINGR_RECORD=1 swift test` rewrites the files; review them with `git diff Fixtures/golden`.
@Suite("Golden trees of new and add")
struct ScaffoldGoldenTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var arguments: [String]
        var fixture: String? = nil
        var answers: [String] = []
        var description: String { name }
    }

    static let newCases: [Case] = [
        Case(name: "default", arguments: ["new", "demo"]),
        Case(name: "http-oauth", arguments: ["new", "crm", "--http", "--oauth", "--label", "CRM Connector", "--description", "Reads and writes CRM contacts."]),
        Case(name: "listener-steps-services", arguments: ["new", "shop", "--listener", "--flow-step", "createOrder", "--flow-step", "getOrder",
                                                          "--ui-service", "cartBanner", "--license", "mit", "--dir", "packages/shop"]),
        Case(name: "license-none", arguments: ["new", "tiny", "--license", "none"]),
        Case(name: "versions-from-registry", arguments: ["new", "billing", "--http", "--oauth", "--registry", "pkg/versions/registry.json"], fixture: "with-registry"),
        Case(name: "interactive", arguments: ["new"], answers: ["chat-app", "chat", "", "Talks with people.", "y", "n", "maybe", "y", "sendMessage", "", "MIT", ""]),
    ]

    static let addCases: [Case] = [
        Case(name: "flow-step-4-spaces", arguments: ["add", "flow-step", "getForecast", "--dir", "pkg"], fixture: "indent-4"),
        Case(name: "ui-service-2-spaces", arguments: ["add", "ui-service", "radar", "--label", "Weather radar", "--dir", "pkg"], fixture: "indent-2"),
        Case(name: "script-3-spaces-no-final-newline", arguments: ["add", "script", "cities", "--dir", "pkg"], fixture: "indent-3"),
        Case(name: "listener-tabs-crlf", arguments: ["add", "listener", "alerts", "--dir", "pkg"], fixture: "indent-tab"),
        Case(name: "event-with-label", arguments: ["add", "event", "alertRaised", "--label", "Weather alert raised", "--dir", "pkg"], fixture: "indent-4"),
        Case(name: "field-drop-down", arguments: ["add", "field", "region", "--type", "dropDown", "--label", "Region", "--required", "--dir", "pkg"], fixture: "indent-2"),
        Case(name: "dependency-with-version", arguments: ["add", "dependency", "pdf", "--version", "^v1.4.0", "--dir", "pkg"], fixture: "indent-tab"),
        Case(name: "dependency-default-version", arguments: ["add", "dependency", "oauth", "--dir", "pkg"], fixture: "indent-3"),
        Case(name: "listener-into-empty-sections", arguments: ["add", "listener", "incoming", "--dir", "pkg"], fixture: "empty-sections"),
        Case(name: "dependency-from-configured-registry", arguments: ["add", "dependency", "pdf", "--dir", "pkg"], fixture: "with-registry"),
        Case(name: "listener-with-registry-option", arguments: ["add", "listener", "hooks", "--registry", "pkg/versions/registry.json", "--dir", "pkg"],
             fixture: "with-registry"),
        Case(name: "duplicate-refused", arguments: ["add", "event", "forecastChanged", "--dir", "pkg"], fixture: "indent-4"),
    ]

    @Test("new writes the expected tree", arguments: newCases)
    func newTree(_ golden: Case) throws {
        try check(golden, folder: "new")
    }

    @Test("add writes the expected files and package.json diff", arguments: addCases)
    func addTree(_ golden: Case) throws {
        try check(golden, folder: "add")
    }

    private func check(_ golden: Case, folder: String) throws {
        let fileSystem = InMemoryFileSystem()
        try fileSystem.createDirectory("/work/packages")
        if let fixture = golden.fixture { try ScaffoldCLISupport.copyFixture(fixture, to: "/work/pkg", in: fileSystem) }
        let before = fileSystem.allFiles()
        let result = CLIHarness.run(golden.arguments, currentDirectory: "/work", fileSystem: fileSystem, answers: golden.answers)
        var text = "$ slingr-pkg " + golden.arguments.map(ScaffoldCLISupport.shellQuoted).joined(separator: " ") + "\n"
        if let fixture = golden.fixture { text += "# in /work, with Fixtures/scaffold/\(fixture) copied to pkg\n" }
        if !golden.answers.isEmpty { text += "# answers: " + golden.answers.map { "'\($0)'" }.joined(separator: ", ") + "\n" }
        text += result.stdout + (result.stdout.isEmpty || result.stdout.hasSuffix("\n") ? "" : "\n")
        text += "--- stderr\n" + result.stderr + (result.stderr.isEmpty || result.stderr.hasSuffix("\n") ? "" : "\n")
        text += "[exit \(result.status)]\n"
        let after = fileSystem.allFiles()
        for path in after.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            guard let bytes = after[path] else { continue }
            let shown = String(path.dropFirst("/work/".count))
            if let old = before[path] {
                if old != bytes { text += "=== \(shown) (changed)\n" + GoldenDiff.render(old: old, new: bytes) }
            } else if let schema = ScaffoldCLISupport.schemaSummary(path: shown, bytes: bytes) {
                text += "=== \(shown)\n" + schema
            } else {
                text += "=== \(shown)\n" + ScaffoldCLISupport.rendered(bytes)
            }
        }
        for path in before.keys where after[path] == nil { text += "=== \(path) (removed)\n" }
        try ScaffoldCLISupport.compare(text, with: "Fixtures/golden/\(folder)/\(golden.name).tree")
    }
}
