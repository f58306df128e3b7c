import SlingrLanguageServer
import Testing

/// The base protocol's framing on byte streams cut anywhere, and on headers that announce no
/// usable length: each bad frame is one `invalidFrame` and the reader goes on.
@Suite("message framing")
struct MessageFramingTests {
    static func frame(_ text: String) -> [UInt8] { MessageFrameReader.frame(Array(text.utf8)) }

    static func items(_ bytes: [UInt8], pieceSize: Int) -> [MessageFrameReader.Item] {
        var reader = MessageFrameReader()
        var items: [MessageFrameReader.Item] = []
        var index = 0
        while index < bytes.count {
            let end = min(bytes.count, index + pieceSize)
            reader.append(bytes[index..<end])
            while let item = reader.next() { items.append(item) }
            index = end
        }
        return items
    }

    @Test("messages come out whole however the bytes are cut", arguments: [1, 2, 7, 64, 100_000])
    func pieces(pieceSize: Int) {
        let bodies = ["{\"a\":1}", "{\"text\":\"é — 😀\"}", "{}"]
        let stream = bodies.flatMap { Self.frame($0) }
        #expect(Self.items(stream, pieceSize: pieceSize) == bodies.map { .message(Array($0.utf8)) })
    }

    @Test("Content-Length counts bytes, not characters")
    func byteLength() {
        #expect(Self.frame("\"é\"") == Array("Content-Length: 4\r\n\r\n\"é\"".utf8))
    }

    @Test("other headers are ignored and the header name is case-insensitive")
    func otherHeaders() {
        let stream = Array("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".utf8)
        #expect(Self.items(stream, pieceSize: 5) == [.message(Array("{}".utf8))])
    }

    @Test("a header without a usable length is reported and the next frame still read", arguments: [
        ("Content-Length: abc\r\n\r\n", "invalid Content-Length 'abc'"),
        ("Content-Length: -4\r\n\r\n", "invalid Content-Length '-4'"),
        ("Content-Length: 99999999999999999999999\r\n\r\n", "invalid Content-Length '99999999999999999999999'"),
        ("Content-Type: text/plain\r\n\r\n", "header without Content-Length"),
        ("garbage\r\n\r\n", "header line without ':': 'garbage'"),
    ])
    func badHeader(header: String, problem: String) {
        let stream = Array(header.utf8) + Self.frame("{\"ok\":true}")
        #expect(Self.items(stream, pieceSize: 3) == [.invalidFrame(problem), .message(Array("{\"ok\":true}".utf8))])
    }

    @Test("a body over the limit is skipped as it arrives")
    func oversizedBody() {
        var reader = MessageFrameReader(maximumBodyLength: 10)
        reader.append(Array("Content-Length: 20\r\n\r\n0123456789".utf8))
        #expect(reader.next() == .invalidFrame("Content-Length 20 is over the 10-byte limit"))
        #expect(reader.next() == nil)
        reader.append(Array("abcdefghij".utf8) + Self.frame("{}"))
        #expect(reader.next() == .message(Array("{}".utf8)))
    }

    @Test("endless header text is dropped instead of kept")
    func endlessHeader() {
        var reader = MessageFrameReader()
        reader.append([UInt8](repeating: UInt8(ascii: "x"), count: MessageFrameReader.maximumHeaderLength + 1))
        #expect(reader.next() == .invalidFrame("header block longer than \(MessageFrameReader.maximumHeaderLength) bytes"))
        #expect(!reader.hasPartialMessage)
        reader.append(Self.frame("[]"))
        #expect(reader.next() == .message(Array("[]".utf8)))
    }

    @Test("a truncated message waits for more bytes")
    func truncated() {
        var reader = MessageFrameReader()
        reader.append(Array("Content-Length: 10\r\n\r\n{\"a\"".utf8))
        #expect(reader.next() == nil)
        #expect(reader.hasPartialMessage)
    }
}
