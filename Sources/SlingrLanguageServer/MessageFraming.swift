/// The base protocol's framing: each message is a header block (`Content-Length: N`, lines
/// ending in `\r\n`, an empty line) followed by exactly N bytes of JSON. Bytes arrive in
/// arbitrary pieces; `MessageFrameReader` cuts them into message bodies and, for a header it
/// cannot use, says so and goes on with the next header, so one bad frame never stalls the
/// stream.
public struct MessageFrameReader: Sendable {
    /// What the stream held next.
    public enum Item: Sendable, Equatable {
        case message([UInt8])
        /// A header block that announces no usable length, or a body over the limit (skipped).
        case invalidFrame(String)
    }

    /// A header block longer than this without its empty line is garbage, not a header.
    public static let maximumHeaderLength = 8 * 1024
    public let maximumBodyLength: Int

    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes of an oversized body still to be dropped as they arrive.
    private var skipping = 0

    public init(maximumBodyLength: Int = 64 << 20) {
        self.maximumBodyLength = maximumBodyLength
    }

    /// Adds bytes read from the client.
    public mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
    }

    /// Whether bytes of an unfinished message are waiting (at the end of input, a truncated
    /// message).
    public var hasPartialMessage: Bool { start < buffer.count }

    /// The next complete item, `nil` when more bytes are needed.
    public mutating func next() -> Item? {
        dropSkippedBytes()
        if skipping > 0 { return nil }
        guard let headerEnd = findHeaderEnd() else {
            if buffer.count - start > Self.maximumHeaderLength {
                // No header ends in sight: drop what is there, so memory stays bounded.
                start = buffer.count
                compact()
                return .invalidFrame("header block longer than \(Self.maximumHeaderLength) bytes")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        let bodyStart = headerEnd + 4
        let length: Int
        switch Self.contentLength(header) {
        case .failure(let problem):
            start = bodyStart
            compact()
            return .invalidFrame(problem.text)
        case .success(let value):
            length = value
        }
        if length > maximumBodyLength {
            start = bodyStart
            skipping = length
            dropSkippedBytes()
            return .invalidFrame("Content-Length \(length) is over the \(maximumBodyLength)-byte limit")
        }
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        start = bodyStart + length
        compact()
        return .message(body)
    }

    /// Drops what has arrived of an oversized body.
    private mutating func dropSkippedBytes() {
        guard skipping > 0 else { return }
        let dropped = min(skipping, buffer.count - start)
        start += dropped
        skipping -= dropped
        compact()
    }

    /// Offset of the `\r\n\r\n` that ends the header block starting at `start`.
    private func findHeaderEnd() -> Int? {
        var index = start
        let limit = buffer.count - 3
        while index < limit {
            if buffer[index] == 0x0D, buffer[index + 1] == 0x0A, buffer[index + 2] == 0x0D, buffer[index + 3] == 0x0A { return index }
            index += 1
        }
        return nil
    }

    /// Drops consumed bytes once they are the larger part, so appending stays linear.
    private mutating func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 4096, start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
    }

    private struct HeaderProblem: Error { var text: String }

    /// The `Content-Length` of a header block; header names are case-insensitive, other
    /// headers (`Content-Type`) are ignored.
    private static func contentLength(_ header: String) -> Result<Int, HeaderProblem> {
        var found: Int?
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(HeaderProblem(text: "header line without ':': '\(line.prefix(80))'"))
            }
            let name = line[..<colon].trimmingSpaces().lowercased()
            guard name == "content-length" else { continue }
            let value = line[line.index(after: colon)...].trimmingSpaces()
            guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), value.count <= 18, let number = Int(value) else {
                return .failure(HeaderProblem(text: "invalid Content-Length '\(value.prefix(40))'"))
            }
            found = number
        }
        guard let found else { return .failure(HeaderProblem(text: "header without Content-Length")) }
        return .success(found)
    }

    /// A message body with its header, ready to write.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
