import Foundation
import SlingrDiagnostics
import SlingrJSON
import SlingrLanguageServer
import Testing

/// Diagnostics as the editor receives them: for the package of each document, on the unsaved
/// text, with UTF-16 positions, cleared when fixed or closed.
@Suite("diagnostics")
struct DiagnosticsTests {
    static let clean = """
    {
        "name": "alpha",
        "label": "Alpha",
        "dependencies": [],
        "configuration": [{"label": "Key", "name": "key", "type": "text"}],
        "events": [],
        "metadata": []
    }

    """

    static func harness() -> ServerHarness {
        let harness = ServerHarness(files: [
            "/work/alpha/package.json": clean,
            "/work/beta/package.json": clean.replacingOccurrences(of: "alpha", with: "beta"),
        ])
        harness.initialize()
        return harness
    }

    /// `(uri, [(code, start line, start character, end character)])` of each publication.
    static func published(_ messages: [JSONValue]) -> [(String, [(String, Int, Int, Int)])] {
        messages.filter { $0["method"]?.string == "textDocument/publishDiagnostics" }.map { message in
            let diagnostics = message.at("/params/diagnostics")?.array ?? []
            return (message.at("/params/uri")?.string ?? "", diagnostics.map {
                ($0["code"]?.string ?? "", $0.at("/range/start/line")?.number?.integer ?? -1,
                 $0.at("/range/start/character")?.number?.integer ?? -1, $0.at("/range/end/character")?.number?.integer ?? -1)
            })
        }
    }

    @Test("an unsaved edit is linted in its own package only, with UTF-16 columns, and cleared when undone")
    func unsavedEdit() throws {
        let harness = Self.harness()
        let opened = Self.published(harness.open("/work/alpha/package.json", Self.clean))
        #expect(opened.map(\.0) == ["file:///work/alpha/package.json"])
        #expect(opened.first?.1.isEmpty == true)
        // '😀' is two UTF-16 units, 'é' one: the finding starts at character 50 of line 4.
        let broken = Self.clean.replacingOccurrences(of: "{\"label\": \"Key\", \"name\": \"key\", \"type\": \"text\"}",
                                                     with: "{\"label\": \"K😀é\", \"name\": \"key\", \"type\": \"txt\"}")
        let changed = Self.published(harness.change("/work/alpha/package.json", broken, version: 2))
        #expect(changed.count == 1)
        let finding = try #require(changed.first?.1.first)
        #expect(changed.first?.0 == "file:///work/alpha/package.json")
        #expect(finding.0 == "unknown-field-type")
        #expect(finding.1 == 4)
        let line = broken.split(separator: "\n", omittingEmptySubsequences: false)[4]
        let start = try #require(line.range(of: "\"txt\""))
        #expect(finding.2 == line[..<start.lowerBound].utf16.count)
        #expect(finding.3 == finding.2 + 5)
        let undone = Self.published(harness.change("/work/alpha/package.json", Self.clean, version: 3))
        #expect(undone.map(\.0) == ["file:///work/alpha/package.json"])
        #expect(undone.first?.1.isEmpty == true)
    }

    @Test("closing a document goes back to the file on disk")
    func close() {
        let harness = Self.harness()
        _ = harness.open("/work/beta/package.json", "{\"name\": 1}")
        let closed = Self.published(harness.notify("textDocument/didClose", "{\"textDocument\":{\"uri\":\"file:///work/beta/package.json\"}}"))
        #expect(closed.map(\.0) == ["file:///work/beta/package.json"])
        #expect(closed.first?.1.isEmpty == true)
    }

    @Test("a descriptor outside any package is validated alone")
    func standalone() {
        let harness = Self.harness()
        let published = Self.published(harness.open("/elsewhere/step.json", "{\"label\": \"Send\", \"name\": \"send\", \"inputs\": 3}"))
        #expect(published.map(\.0) == ["file:///elsewhere/step.json"])
        #expect(published.first?.1.map(\.0).contains("wrong-type") == true)
    }

    @Test("a file that is neither a descriptor nor in a package gets nothing")
    func unrelated() {
        let harness = Self.harness()
        #expect(Self.published(harness.open("/elsewhere/notes.js", "var x = ;")).isEmpty)
    }
}

/// Code actions in process: fixes, and suggestions that replace exactly the name a finding
/// quotes.
@Suite("code actions")
struct CodeActionTests {
    static let text = """
    {
        "name": "alpha",
        "label": "Alpha",
        "dependencies": [],
        "configuration": [{"label": "K", "name": "k", "type": "txt", "visibility": "config.kk"}],
        "events": [],
        "metadata": []
    }

    """

    static func actions(line: Int, character: Int) -> [JSONValue] {
        let harness = ServerHarness(files: ["/work/alpha/package.json": text])
        harness.initialize()
        _ = harness.open("/work/alpha/package.json", text)
        let range = "{\"start\":{\"line\":\(line),\"character\":\(character)},\"end\":{\"line\":\(line),\"character\":\(character)}}"
        return harness.request(5, "textDocument/codeAction", "{\"textDocument\":{\"uri\":\"file:///work/alpha/package.json\"},\"range\":\(range),\"context\":{\"diagnostics\":[]}}")
            .first?.at("/result")?.array ?? []
    }

    @Test("a fix is a preferred quick fix; the file gets a fix-all")
    func fix() {
        let actions = Self.actions(line: 4, character: 60)
        #expect(actions.map { $0["title"]?.string ?? "" } == ["Fix: replace with 'text'", "Fix all slingr-pkg problems in this file"])
        #expect(actions.first?["isPreferred"]?.bool == true)
        #expect(actions.first?.at("/edit/changes/file:~1~1~1work~1alpha~1package.json/0/newText")?.string == "\"text\"")
    }

    @Test("a did-you-mean without a fix is a quick fix replacing just the quoted name")
    func suggestion() {
        let actions = Self.actions(line: 4, character: 82)
        #expect(actions.first?["title"]?.string == "Change to 'config.k'")
        #expect(actions.first?["isPreferred"] == nil)
        let edit = actions.first?.at("/edit/changes/file:~1~1~1work~1alpha~1package.json/0")
        #expect(edit?["newText"]?.string == "config.k")
        #expect(edit?.at("/range/start/character")?.number?.integer == 80)
        #expect(edit?.at("/range/end/character")?.number?.integer == 89)
    }
}
