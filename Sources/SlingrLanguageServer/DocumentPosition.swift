import SlingrDiagnostics
import SlingrJSON

/// A position as the Language Server Protocol counts it: line from 0, character in UTF-16 code
/// units from the start of the line (the protocol's default encoding). The tool's own
/// locations are UTF-8 byte offsets and scalar columns; these conversions are the only place
/// the two meet.
public struct DocumentPosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: DocumentPosition, rhs: DocumentPosition) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }

    var output: JSONOutput { .object([("line", .integer(line)), ("character", .integer(character))]) }

    /// `{"line": 1, "character": 2}`, or `nil` when it is not one.
    init?(_ value: JSONValue?) {
        guard let line = value?["line"]?.number?.integer, let character = value?["character"]?.number?.integer,
              line >= 0, character >= 0 else { return nil }
        self.init(line: line, character: character)
    }
}

/// A start and end position.
public struct DocumentRange: Sendable, Hashable {
    public var start: DocumentPosition
    public var end: DocumentPosition

    public init(start: DocumentPosition, end: DocumentPosition) {
        self.start = start
        self.end = end
    }

    var output: JSONOutput { .object([("start", start.output), ("end", end.output)]) }

    init?(_ value: JSONValue?) {
        guard let start = DocumentPosition(value?["start"]), let end = DocumentPosition(value?["end"]) else { return nil }
        self.init(start: start, end: end)
    }

    /// Whether the two ranges share a position (touching counts, as editors ask for the
    /// actions at a cursor).
    func touches(_ other: DocumentRange) -> Bool { !(end < other.start || other.end < start) }
}

extension SourceFile {
    /// The protocol position of a byte offset (clamped to the file).
    func position(of offset: Int) -> DocumentPosition {
        let offset = min(max(0, offset), bytes.count)
        let line = lineIndex(of: offset)
        var units = 0
        var index = lineStarts[line]
        while index < offset {
            let length = SourceFile.scalarLength(bytes, at: index, limit: offset)
            index += length
            units += Self.utf16Width(length)
        }
        return DocumentPosition(line: line, character: units)
    }

    /// The byte offset of a protocol position; a character past the end of its line is the end
    /// of the line, a line past the end of the file the end of the file (as the protocol says).
    func offset(of position: DocumentPosition) -> Int {
        guard position.line < lineStarts.count else { return bytes.count }
        var index = lineStarts[position.line]
        var end = position.line + 1 < lineStarts.count ? lineStarts[position.line + 1] : bytes.count
        while end > index, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        var units = 0
        while index < end {
            let length = SourceFile.scalarLength(bytes, at: index, limit: end)
            let width = Self.utf16Width(length)
            if units + width > position.character { break }
            index += length
            units += width
        }
        return index
    }

    func range(of range: SourceRange) -> DocumentRange {
        DocumentRange(start: position(of: range.start), end: position(of: range.end))
    }

    /// UTF-16 units of a scalar of `length` UTF-8 bytes: two for the four-byte ones (outside
    /// the Basic Multilingual Plane), else one (a malformed byte is one U+FFFD).
    private static func utf16Width(_ length: Int) -> Int { length == 4 ? 2 : 1 }
}
