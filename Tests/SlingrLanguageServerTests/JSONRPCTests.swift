import SlingrDiagnostics
import SlingrJSON
import SlingrLanguageServer
import Testing

/// The JSON-RPC layer against malformed input: every bad message gets an error answer with the
/// right code (and id when there is one), and the server keeps answering afterwards.
@Suite("JSON-RPC")
struct JSONRPCTests {
    /// The error code of the only message written, and the server still answers a request.
    static func errorCode(after bytes: [UInt8], initialized: Bool = true) -> (code: Int?, id: JSONValue?, stillAnswers: Bool) {
        let harness = ServerHarness()
        if initialized { harness.initialize() }
        let answers = harness.send(bytes: bytes).messages
        let next = harness.request(99, "shutdown", "null")
        let stillAnswers = next.count == 1 && next[0].at("/id")?.number?.integer == 99
        return (answers.first?.at("/error/code")?.number?.integer, answers.first?.at("/id"), stillAnswers && answers.count == 1)
    }

    static func frame(_ text: String) -> [UInt8] { MessageFrameReader.frame(Array(text.utf8)) }

    @Test("malformed messages get the JSON-RPC error code and the server goes on", arguments: [
        ("not JSON", -32700),
        ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":", -32700),
        ("[1,2]", -32600),
        ("42", -32600),
        ("{\"id\":1,\"method\":\"shutdown\"}", -32600),
        ("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"shutdown\"}", -32600),
        ("{\"jsonrpc\":\"2.0\",\"id\":1}", -32600),
        ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}", -32600),
        ("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"shutdown\"}", -32600),
        ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/unknown\"}", -32601),
        ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/hover\",\"params\":3}", -32602),
        ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/codeAction\"}", -32602),
        ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/codeAction\",\"params\":{\"textDocument\":{\"uri\":\"file:///nowhere.json\"},\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":0}}}}", -32602),
        ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/codeAction\",\"params\":{\"textDocument\":{}}}", -32602),
        ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}", -32600),
    ])
    func malformed(body: String, code: Int) {
        let result = Self.errorCode(after: Self.frame(body))
        #expect(result.code == code)
        #expect(result.stillAnswers)
    }

    @Test("an error answers the request's id, null when it has none")
    func errorIds() {
        let withId = Self.errorCode(after: Self.frame("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"nope\"}"))
        #expect(withId.id?.string == "abc")
        let withoutId = Self.errorCode(after: Self.frame("{oops"))
        #expect(withoutId.id?.isNull == true)
    }

    @Test("a bad Content-Length is answered with a parse error and the next frame is read", arguments: [
        "Content-Length: x\r\n\r\n", "Content-Length: -1\r\n\r\n", "Content-Type: a\r\n\r\n",
    ])
    func badLength(header: String) {
        let result = Self.errorCode(after: Array(header.utf8))
        #expect(result.code == -32700)
        #expect(result.stillAnswers)
    }

    @Test("requests before initialize are refused; notifications are dropped")
    func beforeInitialize() {
        let harness = ServerHarness()
        let hover = harness.request(1, "textDocument/hover", "{}")
        #expect(hover.first?.at("/error/code")?.number?.integer == -32002)
        #expect(harness.notify("textDocument/didOpen", "{}").isEmpty)
        let initialize = harness.request(2, "initialize", "{\"capabilities\":{}}")
        #expect(initialize.first?.at("/result/capabilities/codeActionProvider/codeActionKinds/0")?.string == "quickfix")
        #expect(initialize.first?.at("/result/serverInfo/name")?.string == "slingr-pkg")
    }

    @Test("notifications with bad parameters are ignored, never answered")
    func badNotifications() {
        let harness = ServerHarness()
        harness.initialize()
        #expect(harness.notify("textDocument/didOpen", "{\"textDocument\":7}").isEmpty)
        #expect(harness.notify("textDocument/didChange", "[]").isEmpty)
        #expect(harness.notify("$/cancelRequest", "{\"id\":1}").isEmpty)
        #expect(harness.notify("something/unknown").isEmpty)
    }

    @Test("shutdown then exit ends with 0; exit alone with 1; requests after shutdown are refused")
    func lifecycle() {
        let clean = ServerHarness()
        clean.initialize()
        #expect(clean.request(1, "shutdown", "null").first?.at("/result")?.isNull == true)
        #expect(clean.request(2, "textDocument/hover", "{}").first?.at("/error/code")?.number?.integer == -32600)
        #expect(clean.send(bytes: Self.frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}")).status == .exited(0))
        #expect(clean.send(bytes: Self.frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}")).messages.isEmpty)

        let abrupt = ServerHarness()
        abrupt.initialize()
        #expect(abrupt.send(bytes: Self.frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}")).status == .exited(1))
        #expect(abrupt.server.endOfInput() == 1)
    }

    @Test("responses from the client are read and dropped")
    func clientResponses() {
        let harness = ServerHarness()
        harness.initialize()
        #expect(harness.send("{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":null}").isEmpty)
    }
}

/// Files changed outside the editor: the server asks to be told, and lints their package again.
@Suite("watched files")
struct WatchedFilesTests {
    @Test("a client that can watch files is asked to, after initialized")
    func registration() {
        let harness = ServerHarness()
        _ = harness.request(0, "initialize", "{\"capabilities\":{\"workspace\":{\"didChangeWatchedFiles\":{\"dynamicRegistration\":true}}}}")
        let sent = harness.notify("initialized")
        #expect(sent.first?["method"]?.string == "client/registerCapability")
        #expect(sent.first?.at("/params/registrations/0/method")?.string == "workspace/didChangeWatchedFiles")
        #expect(harness.send("{\"jsonrpc\":\"2.0\",\"id\":\"slingr-pkg/watch-files\",\"result\":null}").isEmpty)

        let plain = ServerHarness()
        plain.initialize()
        #expect(plain.notify("initialized").isEmpty)
    }

    @Test("a change on disk re-lints the package and publishes for the changed file")
    func change() {
        let harness = ServerHarness(files: ["/work/alpha/package.json": "{\"name\": 3}"])
        harness.initialize()
        let published = harness.notify("workspace/didChangeWatchedFiles", "{\"changes\":[{\"uri\":\"file:///work/alpha/package.json\",\"type\":2}]}")
        #expect(published.first?["method"]?.string == "textDocument/publishDiagnostics")
        #expect(published.first?.at("/params/uri")?.string == "file:///work/alpha/package.json")
        #expect((published.first?.at("/params/diagnostics")?.array ?? []).contains { $0["code"]?.string == "wrong-type" })
    }
}
