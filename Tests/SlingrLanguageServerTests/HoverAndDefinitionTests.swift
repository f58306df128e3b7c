import SlingrDiagnostics
import SlingrJSON
import SlingrLanguageServer
import Testing

/// Hover and go to definition in process, on a small package in memory.
@Suite("hover and definition")
struct HoverAndDefinitionTests {
    static let package = """
    {
        "name": "alpha",
        "label": "Alpha",
        "dependencies": [{"type": "service", "name": "http", "version": "^v1.9.1"}],
        "configuration": [
            {"label": "Mode", "name": "mode", "type": "dropDown", "defaultValue": "a", "typeOptions": {"possibleValues": [{"label": "A", "name": "a"}, {"label": "B", "name": "b"}]}},
            {"label": "Key", "name": "key", "type": "text", "visibility": "config.mode == 'b'", "required": "config.nope.x"}
        ],
        "events": [],
        "metadata": [{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]
    }

    """
    static let api = "exports.ping = function () { return config.get('mode'); };\nexports.pong = function () { return pkg.alpha.api.ping(); };\n"
        + "exports.fetch = function () { return dependencies.http.get({ path: '/' }); };\n"

    static func harness() -> ServerHarness {
        let harness = ServerHarness(files: ["/work/alpha/package.json": package, "/work/alpha/scripts/api.js": api])
        harness.initialize()
        _ = harness.open("/work/alpha/package.json", package)
        _ = harness.open("/work/alpha/scripts/api.js", api)
        return harness
    }

    /// The protocol position of `needle` (plus `offset` characters) in `text`.
    static func position(_ text: String, _ needle: String, _ offset: Int = 0) -> String {
        guard let found = text.range(of: needle) else { return "{}" }
        let before = text[..<found.lowerBound]
        let line = before.filter { $0 == "\n" }.count
        let character = (before.split(separator: "\n", omittingEmptySubsequences: false).last ?? "").utf16.count + offset
        return "{\"line\":\(line),\"character\":\(character)}"
    }

    static func ask(_ harness: ServerHarness, _ method: String, _ path: String, _ position: String) -> JSONValue? {
        harness.request(7, method, "{\"textDocument\":{\"uri\":\"file://\(path)\"},\"position\":\(position)}").first?.at("/result")
    }

    @Test("a key's meaning, a field type's meaning, an expression's value with the defaults")
    func hover() {
        let harness = Self.harness()
        let path = "/work/alpha/package.json"
        let key = Self.ask(harness, "textDocument/hover", path, Self.position(Self.package, "\"configuration\"", 2))
        #expect(key?.at("/contents/value")?.string?.hasPrefix("**configuration** (package descriptor)") == true)
        let type = Self.ask(harness, "textDocument/hover", path, Self.position(Self.package, "\"dropDown\"", 2))
        #expect(type?.at("/contents/value")?.string?.hasPrefix("**dropDown** (type)") == true)
        let visibility = Self.ask(harness, "textDocument/hover", path, Self.position(Self.package, "\"config.mode == 'b'\"", 3))
        #expect(visibility?.at("/contents/value")?.string == "**visibility** of 'key' with the default configuration: `false`")
        let failing = Self.ask(harness, "textDocument/hover", path, Self.position(Self.package, "\"config.nope.x\"", 3))?.at("/contents/value")?.string ?? ""
        #expect(failing.contains("**required** of 'key' with the default configuration: fails: TypeError"))
        #expect(failing.hasPrefix("**config-reference**"))
        #expect(Self.ask(harness, "textDocument/hover", path, Self.position(Self.package, "{", 0))?.isNull == true)
    }

    @Test("metadata path, config field and library function definitions")
    func definition() {
        let harness = Self.harness()
        let script = Self.ask(harness, "textDocument/definition", "/work/alpha/package.json", Self.position(Self.package, "\"/scripts/api.js\"", 4))
        #expect(script?["uri"]?.string == "file:///work/alpha/scripts/api.js")
        let field = Self.ask(harness, "textDocument/definition", "/work/alpha/package.json", Self.position(Self.package, "config.mode ==", 8))
        #expect(field?["uri"]?.string == "file:///work/alpha/package.json")
        #expect(field?.at("/range/start/line")?.number?.integer == 5)
        let get = Self.ask(harness, "textDocument/definition", "/work/alpha/scripts/api.js", Self.position(Self.api, "'mode'", 2))
        #expect(get?.at("/range/start/line")?.number?.integer == 5)
        let function = Self.ask(harness, "textDocument/definition", "/work/alpha/scripts/api.js", Self.position(Self.api, "ping()", 1))
        #expect(function?.at("/range/start/line")?.number?.integer == 0)
        #expect(function?.at("/range/start/character")?.number?.integer == 0)
        #expect(function?.at("/range/end/character")?.number?.integer == "exports.ping".utf16.count)
        #expect(Self.ask(harness, "textDocument/definition", "/work/alpha/scripts/api.js", Self.position(Self.api, "function", 2))?.isNull == true)
        // A declared dependency leads to its name in package.json.
        let dependency = Self.ask(harness, "textDocument/definition", "/work/alpha/scripts/api.js", Self.position(Self.api, "http.get", 1))
        #expect(dependency?["uri"]?.string == "file:///work/alpha/package.json")
        let line = String(Self.package.split(separator: "\n")[3])
        let column = line.range(of: "\"http\"").map { line.utf16.distance(from: line.startIndex, to: $0.lowerBound) }
        #expect(dependency?.at("/range/start/line")?.number?.integer == 3)
        #expect(dependency?.at("/range/start/character")?.number?.integer == column)
    }
}
