import SlingrDiagnostics
import SlingrJSON
import SlingrLanguageServer
import Testing

/// Completion in process, on half-typed documents that do not parse: the cursor is located
/// by a forgiving scan, and the candidates come from the declared shapes.
@Suite("completion")
struct CompletionTests {
    static let package = """
    {
        "name": "alpha",
        "label": "Alpha",
        "dependencies": [],
        "configuration": [
            {"label": "Key", "name": "key", "type": "text"},
            {"label": "Group", "name": "group", "type": "fieldsGroup", "typeOptions": {"fields": [{"label": "Inner", "name": "inner", "type": "text"}]}}
        ],
        "events": [],
        "metadata": []
    }

    """

    /// The labels offered where `|` is in `text` (which replaces package.json).
    static func labels(_ text: String, path: String = "/work/alpha/package.json", files: [String: String] = [:]) throws -> [String] {
        let harness = ServerHarness(files: files.merging(["/work/alpha/package.json": package]) { first, _ in first })
        harness.initialize()
        let marker = try #require(text.range(of: "|"))
        let before = text[..<marker.lowerBound]
        let line = before.filter { $0 == "\n" }.count
        let character = (before.split(separator: "\n", omittingEmptySubsequences: false).last ?? "").utf16.count
        _ = harness.open(path, text.replacingCharacters(in: marker, with: ""))
        let answer = harness.request(1, "textDocument/completion", "{\"textDocument\":{\"uri\":\"file://\(path)\"},\"position\":{\"line\":\(line),\"character\":\(character)}}")
        return (answer.first?.at("/result/items")?.array ?? []).compactMap { $0["label"]?.string }
    }

    @Test("a field's keys, without those already there, in an unterminated object")
    func fieldKeys() throws {
        let labels = try Self.labels("{\"configuration\": [{\"label\": \"A\", \"name\": \"a\", |")
        #expect(labels.contains("type") && labels.contains("visibility") && labels.contains("typeOptions"))
        #expect(!labels.contains("label") && !labels.contains("name"))
    }

    @Test("typeOptions keys follow the field's type, written before or after")
    func typeOptions() throws {
        #expect(try Self.labels("{\"configuration\": [{\"type\": \"text\", \"typeOptions\": {\"|\"}}]}").contains("validation"))
        let after = try Self.labels("{\"configuration\": [{\"typeOptions\": {\"|\": 1}, \"type\": \"dropDown\"}]}")
        #expect(after.contains("possibleValues") && !after.contains("validation"))
    }

    @Test("metadata types and field types as values")
    func values() throws {
        #expect(try Self.labels("{\"metadata\": [{\"type\": \"|") == ["script", "listener", "flowStep", "uiService"])
        #expect(try Self.labels("{\"configuration\": [{\"type\": \"dro|\"}]}").contains("dropDown"))
        #expect(try Self.labels("{\"configuration\": [{\"required\": |}]}") == ["true", "false"])
    }

    @Test("config fields and group children inside expression strings; utils functions")
    func expressions() throws {
        let top = try Self.labels(Self.package.replacingOccurrences(of: "\"type\": \"text\"}", with: "\"type\": \"text\", \"visibility\": \"config.|\"}"))
        #expect(top.prefix(2) == ["key", "group"])
        #expect(top.contains("WEBHOOK_URL"))
        let inner = try Self.labels(Self.package.replacingOccurrences(of: "\"type\": \"text\"}", with: "\"type\": \"text\", \"visibility\": \"!config.group.|\"}"))
        #expect(inner == ["inner"])
        let utils = try Self.labels(Self.package.replacingOccurrences(of: "\"type\": \"text\"}", with: "\"type\": \"text\", \"required\": \"utils.|\"}"))
        #expect(utils.contains("isPlaceholder") && utils.contains("getInteger"))
    }

    @Test("sys members come from the runtime's reference")
    func sys() throws {
        #expect(try Self.labels("sys.storage.|", path: "/work/alpha/scripts/a.js").contains("put"))
        #expect(try Self.labels("sys.exceptions.|", path: "/work/alpha/scripts/a.js").contains("NOT_FOUND_ERROR"))
        #expect(try Self.labels("sys.utils.crypto.jwt.|", path: "/work/alpha/scripts/a.js") == ["generate"])
        #expect(try Self.labels("x = 1.|", path: "/work/alpha/scripts/a.js").isEmpty)
    }

    @Test("metadata paths: the files and folders of the entry's type")
    func metadataPaths() throws {
        let files = ["/work/alpha/scripts/api.js": "", "/work/alpha/scripts/notes.txt": "", "/work/alpha/listeners/hook.js": "",
                     "/work/alpha/flowSteps/send/step.json": "{}"]
        #expect(try Self.labels("{\"metadata\": [{\"type\": \"script\", \"path\": \"/|\"}]}", files: files) == ["/scripts/api.js"])
        #expect(try Self.labels("{\"metadata\": [{\"path\": \"|\", \"type\": \"flowStep\"}]}", files: files) == ["/flowSteps/send"])
    }

    @Test("dependency names and versions from the package's registry over the defaults")
    func dependencies() throws {
        let files = ["/work/alpha/.slingr-pkg.json": "{\"registry\": \"registry.json\"}",
                     "/work/alpha/registry.json": "{\"packages\": {\"crm\": [\"v1.0.0\", \"v1.2.0\", \"v1.3.0-beta\"]}, \"services\": {\"http\": [\"v1.9.3\"]}}"]
        #expect(try Self.labels("{\"dependencies\": [{\"type\": \"package\", \"name\": \"|", files: files) == ["oauth", "crm"])
        #expect(try Self.labels("{\"dependencies\": [{\"type\": \"package\", \"name\": \"crm\", \"version\": \"|", files: files) == ["^v1.2.0"])
        #expect(try Self.labels("{\"dependencies\": [{\"name\": \"http\", \"version\": |", files: files) == ["^v1.9.3"])
        #expect(try Self.labels("{\"dependencies\": [{\"name\": \"pdf\", \"version\": |") == ["^v1.2.0"])
        // Package sources named in the settings add their names (their versions live in git).
        let sources = ["/work/alpha/.slingr-pkg.json": "{\"sources\": {\"billing\": \"https://example.test/billing-package.git\", \"oauth\": \"https://example.test/oauth-package.git\"}}"]
        #expect(try Self.labels("{\"dependencies\": [{\"type\": \"package\", \"name\": \"|", files: sources) == ["oauth", "billing"])
    }

    @Test("a string left open on an earlier line does not swallow the position")
    func unterminatedEarlierString() throws {
        #expect(try Self.labels("{\"label\": \"Alpha\n  \"metadata\": [{\"type\": \"|") == ["script", "listener", "flowStep", "uiService"])
    }
}
