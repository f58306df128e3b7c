import SlingrDiagnostics
import SlingrJSON
import SlingrLanguageServer
import Synchronization

/// A language server in process over an in-memory file system: messages in as frames, every
/// frame it writes parsed back into JSON, so tests read answers as the client would.
final class ServerHarness: Sendable {
    let server: LanguageServer
    private let output = Output()

    private final class Output: Sendable {
        let bytes = Mutex<[UInt8]>([])
    }

    init(files: [String: String] = [:]) {
        let output = output
        server = LanguageServer(options: .init(debounceMilliseconds: 0, version: "test"), fileSystem: InMemoryFileSystem(files: files),
                                send: { bytes in output.bytes.withLock { $0 += bytes } })
    }

    /// Sends raw bytes; returns the messages written in answer.
    @discardableResult
    func send(bytes: [UInt8]) -> (status: LanguageServer.Status, messages: [JSONValue]) {
        let status = server.receive(bytes)
        let output = output.bytes.withLock { bytes in
            defer { bytes.removeAll() }
            return bytes
        }
        var reader = MessageFrameReader()
        reader.append(output)
        var messages: [JSONValue] = []
        while case .message(let body)? = reader.next() {
            if let value = JSONParser.parse(SourceFile(path: "<out>", bytes: body)).value { messages.append(value) }
        }
        return (status, messages)
    }

    /// Sends one message body (JSON text) in a frame.
    @discardableResult
    func send(_ body: String) -> [JSONValue] {
        send(bytes: MessageFrameReader.frame(Array(body.utf8))).messages
    }

    func request(_ id: Int, _ method: String, _ params: String = "{}") -> [JSONValue] {
        send("{\"jsonrpc\":\"2.0\",\"id\":\(id),\"method\":\"\(method)\",\"params\":\(params)}")
    }

    func notify(_ method: String, _ params: String = "{}") -> [JSONValue] {
        send("{\"jsonrpc\":\"2.0\",\"method\":\"\(method)\",\"params\":\(params)}")
    }

    func initialize() {
        _ = request(0, "initialize", "{\"capabilities\":{},\"rootUri\":\"file:///work\"}")
        _ = notify("initialized")
    }

    /// Opens a document with the given text.
    func open(_ path: String, _ text: String, version: Int = 1) -> [JSONValue] {
        notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"file://\(path)\",\"languageId\":\"json\",\"version\":\(version),\"text\":\(JSONOutput.string(text).rendered(indent: 0))}}")
    }

    func change(_ path: String, _ text: String, version: Int) -> [JSONValue] {
        notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"file://\(path)\",\"version\":\(version)},\"contentChanges\":[{\"text\":\(JSONOutput.string(text).rendered(indent: 0))}]}")
    }
}

extension JSONValue {
    /// The value at a JSON pointer (`/error/code`).
    func at(_ pointer: String) -> JSONValue? { JSONPointer(pointer)?.resolve(in: self) }
}
