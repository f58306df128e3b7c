import SlingrDiagnostics

/// A chain of names joined by dots at a position in code (`pkg.acme.api.getCont`): what
/// completion, hover and definition in scripts and expression strings read. A plain scan over
/// identifier characters and dots, so it works on code that does not parse yet.
struct MemberChain: Equatable {
    /// The names before the last dot (`["pkg", "acme", "api"]`).
    var qualifiers: [String]
    /// The name being typed or pointed at (`getCont`, or the whole word around the position).
    var name: String
    /// Byte range of `name` in the text scanned.
    var nameRange: SourceRange

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "$"):
            return true
        default:
            return byte >= 0x80
        }
    }

    /// The chain ending at `offset` (completion: `name` is what is typed before the position).
    static func typed(_ bytes: [UInt8], at offset: Int) -> MemberChain? {
        chain(bytes, nameStart: wordStart(bytes, offset), nameEnd: offset)
    }

    /// The chain through the word around `offset` (hover and definition: `name` is the whole
    /// word); `nil` when the position is not on a word.
    static func around(_ bytes: [UInt8], at offset: Int) -> MemberChain? {
        var end = min(offset, bytes.count)
        while end < bytes.count, isIdentifierByte(bytes[end]) { end += 1 }
        let start = wordStart(bytes, min(offset, bytes.count))
        guard end > start else { return nil }
        return chain(bytes, nameStart: start, nameEnd: end)
    }

    private static func wordStart(_ bytes: [UInt8], _ offset: Int) -> Int {
        var start = min(offset, bytes.count)
        while start > 0, isIdentifierByte(bytes[start - 1]) { start -= 1 }
        return start
    }

    private static func chain(_ bytes: [UInt8], nameStart: Int, nameEnd: Int) -> MemberChain? {
        var qualifiers: [String] = []
        var index = nameStart
        // Walk back over `.name` pairs (spaces around dots are allowed, as JavaScript allows).
        while true {
            var dot = index
            while dot > 0, bytes[dot - 1] == UInt8(ascii: " ") { dot -= 1 }
            guard dot > 0, bytes[dot - 1] == UInt8(ascii: ".") else { break }
            var end = dot - 1
            while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            let start = wordStart(bytes, end)
            guard start < end else { return nil }
            qualifiers.insert(String(decoding: bytes[start..<end], as: UTF8.self), at: 0)
            index = start
        }
        if index > 0, bytes[index - 1] == UInt8(ascii: "?") { return nil }
        let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
        if let first = (qualifiers.first ?? name).utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") { return nil }
        return MemberChain(qualifiers: qualifiers, name: name, nameRange: SourceRange(start: nameStart, end: nameEnd))
    }
}
