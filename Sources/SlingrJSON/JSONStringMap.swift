import SlingrDiagnostics

/// Maps positions inside a decoded JSON string back to the file, through escapes.
///
/// Expressions live in JSON strings (`"visibility": "config.a == \"x\""`); the script parser
/// reports offsets in the decoded text, and this turns them into offsets of the JSON file so the
/// diagnostic points at the right column even after `\"` or `\u00e9`.
public struct JSONStringMap: Sendable {
    /// `sourceOffsets[i]` is the file offset of decoded UTF-8 byte `i`; one extra entry for the end.
    private let sourceOffsets: [Int]

    /// `range` is the string value's range in `source`, quotes included.
    public init(source: SourceFile, range: SourceRange) {
        var offsets: [Int] = []
        let bytes = source.bytes
        var index = range.start + 1
        let end = max(index, range.end - 1)
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < end {
                let escapeStart = index
                let length: Int
                if bytes[index + 1] == UInt8(ascii: "u"), index + 6 <= end {
                    let (decodedLength, consumed) = Self.unicodeEscape(bytes, at: index, end: end)
                    length = decodedLength
                    index += consumed
                } else {
                    length = 1
                    index += 2
                }
                for _ in 0..<length { offsets.append(escapeStart) }
            } else {
                offsets.append(index)
                index += 1
            }
        }
        offsets.append(min(index, max(range.start, range.end - 1)))
        sourceOffsets = offsets
    }

    /// File offset of a decoded UTF-8 byte offset (clamped to the string).
    public func sourceOffset(_ decodedOffset: Int) -> Int {
        sourceOffsets[min(max(0, decodedOffset), sourceOffsets.count - 1)]
    }

    /// File range of a decoded range.
    public func sourceRange(_ decoded: SourceRange) -> SourceRange {
        SourceRange(start: sourceOffset(decoded.start), end: sourceOffset(decoded.end))
    }

    /// UTF-8 length of the scalar a `\uXXXX` (or surrogate pair) escape decodes to, and the
    /// number of source bytes it takes.
    private static func unicodeEscape(_ bytes: [UInt8], at index: Int, end: Int) -> (Int, Int) {
        func hex(_ at: Int) -> UInt32? {
            guard at + 4 <= end else { return nil }
            var value: UInt32 = 0
            for offset in 0..<4 {
                let byte = bytes[at + offset]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: return nil
                }
                value = value << 4 | digit
            }
            return value
        }
        guard let high = hex(index + 2) else { return (1, 2) }
        if (0xD800...0xDBFF).contains(high), index + 12 <= end, bytes[index + 6] == UInt8(ascii: "\\"),
           bytes[index + 7] == UInt8(ascii: "u"), let low = hex(index + 8), (0xDC00...0xDFFF).contains(low) {
            return (4, 12)
        }
        let length = high < 0x80 ? 1 : high < 0x800 ? 2 : 3
        return (length, 6)
    }
}
