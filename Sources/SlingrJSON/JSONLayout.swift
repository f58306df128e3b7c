import SlingrDiagnostics

/// Questions about where things sit in the text of a JSON file: which line an offset is on,
/// how that line is indented, whether a value starts its own line. The editor and the style
/// detector use it to copy the file's layout rather than impose one.
struct JSONLayout {
    let bytes: [UInt8]

    /// One child of a container: an array element, or an object member (whose text starts at
    /// its key).
    struct Child {
        var key: String?
        var start: Int
        var value: JSONValue
        var end: Int { value.range.end }
    }

    static func children(of container: JSONValue) -> [Child] {
        switch container.kind {
        case .array(let items): return items.map { Child(key: nil, start: $0.range.start, value: $0) }
        case .object(let members): return members.map { Child(key: $0.key, start: $0.keyRange.start, value: $0.value) }
        default: return []
        }
    }

    /// A range made safe to slice `count` bytes with.
    static func clamp(_ range: SourceRange, count: Int) -> Range<Int> {
        let start = min(max(0, range.start), count)
        return start..<min(max(start, range.end), count)
    }

    static func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Offset of the first byte of the line holding `offset`.
    func lineStart(of offset: Int) -> Int {
        var index = min(max(0, offset), bytes.count)
        while index > 0, !Self.isLineBreak(bytes[index - 1]) { index -= 1 }
        return index
    }

    /// The spaces and tabs that begin the line holding `offset`.
    func indentation(ofLineAt offset: Int) -> String {
        var index = lineStart(of: offset)
        var text = ""
        while index < bytes.count, Self.isBlank(bytes[index]) {
            text.unicodeScalars.append(Unicode.Scalar(bytes[index]))
            index += 1
        }
        return text
    }

    /// Whether only spaces and tabs come before `offset` on its line.
    func startsOwnLine(_ offset: Int) -> Bool {
        var index = lineStart(of: offset)
        while index < offset {
            if !Self.isBlank(bytes[index]) { return false }
            index += 1
        }
        return true
    }

    /// Whether the text in `range` crosses a line break.
    func spansLines(_ range: SourceRange) -> Bool {
        bytes[Self.clamp(range, count: bytes.count)].contains(where: Self.isLineBreak)
    }

    func text(_ range: SourceRange) -> String {
        String(decoding: bytes[Self.clamp(range, count: bytes.count)], as: UTF8.self)
    }
}
