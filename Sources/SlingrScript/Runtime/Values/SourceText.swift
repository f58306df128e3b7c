import SlingrDiagnostics

/// The text a script was compiled from, kept by its functions for `Function.prototype.toString`
/// (which returns a function's source exactly as written). Shared by every function of a
/// script; syntax ranges are byte offsets into it.
final class SourceText {
    let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    /// The text of `range`, or nil when the range does not fit (a tree from other text).
    func slice(_ range: SourceRange) -> String? {
        guard range.start >= 0, range.start <= range.end, range.end <= bytes.count else { return nil }
        return String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }
}
