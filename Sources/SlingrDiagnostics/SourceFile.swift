/// The bytes of one file plus a line table, so byte offsets can be reported as line and column.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`. Columns count Unicode scalars; a byte that is not
/// valid UTF-8 counts as one column, so locations stay meaningful in binary garbage.
public struct SourceFile: Sendable {
    /// The path as the user gave it (or a label such as `<stdin>`); used verbatim in reports.
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte == 0x0D {
                if index + 1 < count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        self.lineStarts = starts
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public var lineCount: Int { lineStarts.count }

    /// The location of a byte offset; offsets past the end clamp to the end of the file.
    public func location(of offset: Int) -> SourceLocation {
        let offset = min(max(0, offset), bytes.count)
        let low = lineIndex(of: offset)
        var column = 1
        var index = lineStarts[low]
        while index < offset {
            index += SourceFile.scalarLength(bytes, at: index, limit: offset)
            column += 1
        }
        return SourceLocation(line: low + 1, column: column)
    }

    /// The 0-based line holding a byte offset (clamped to the file).
    public func lineIndex(of offset: Int) -> Int {
        let offset = min(max(0, offset), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The byte offset of a location (inverse of `location(of:)`), clamped to the line.
    public func offset(of location: SourceLocation) -> Int {
        let lineIndex = min(max(0, location.line - 1), lineStarts.count - 1)
        var index = lineStarts[lineIndex]
        let end = lineEnd(ofLineAt: lineIndex)
        var column = 1
        while column < location.column, index < end {
            index += SourceFile.scalarLength(bytes, at: index, limit: end)
            column += 1
        }
        return index
    }

    /// The text of a 1-based line without its terminator (invalid UTF-8 is repaired).
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        return String(decoding: bytes[start..<lineEnd(ofLineAt: line - 1)], as: UTF8.self)
    }

    private func lineEnd(ofLineAt lineIndex: Int) -> Int {
        var end = lineIndex + 1 < lineStarts.count ? lineStarts[lineIndex + 1] : bytes.count
        while end > lineStarts[lineIndex], bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    /// Length in bytes of the scalar starting at `index`; malformed sequences count as one byte.
    public static func scalarLength(_ bytes: [UInt8], at index: Int, limit: Int) -> Int {
        let lead = bytes[index]
        let expected: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: expected = 2
        case 0xE0...0xEF: expected = 3
        case 0xF0...0xF4: expected = 4
        default: return 1
        }
        guard index + expected <= limit else { return 1 }
        for next in 1..<expected where bytes[index + next] & 0xC0 != 0x80 { return 1 }
        return expected
    }
}
