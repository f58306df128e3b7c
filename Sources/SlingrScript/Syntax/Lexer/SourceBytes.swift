/// The source bytes the lexer scans, copied into memory it owns and followed by zero bytes.
///
/// Reading through a pointer costs no bounds check and no reference counting per byte, which
/// is most of the lexer's work; the padding makes the short look-aheads past the last byte
/// (`a?.` at the end of input, ...) read zeros instead of memory that is not ours. Callers keep
/// indices below `count + SourceBytes.padding`.
struct SourceBytes: @unchecked Sendable {
    /// Owns the memory; kept alive by every copy of the view.
    private final class Storage {
        let pointer: UnsafeMutablePointer<UInt8>

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + SourceBytes.padding)
            if let address = bytes.baseAddress { pointer.initialize(from: address, count: bytes.count) }
            (pointer + bytes.count).initialize(repeating: 0, count: SourceBytes.padding)
        }

        deinit { pointer.deallocate() }
    }

    static let padding = 8
    private let storage: Storage
    let base: UnsafePointer<UInt8>
    let count: Int

    init(_ bytes: [UInt8]) {
        storage = bytes.withUnsafeBufferPointer { Storage($0) }
        base = UnsafePointer(storage.pointer)
        count = bytes.count
    }

    /// The UTF-8 of `text`, copied once (no intermediate `[UInt8]`).
    init(_ text: String) {
        var text = text
        storage = text.withUTF8 { Storage($0) }
        base = UnsafePointer(storage.pointer)
        count = text.utf8.count
    }

    @inline(__always)
    subscript(index: Int) -> UInt8 {
        assert(index >= 0 && index < count + SourceBytes.padding, "read outside the source buffer")
        return base[index]
    }

    /// All the source bytes (without the padding).
    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// The bytes of `range` (which must lie within the source).
    subscript(range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        assert(range.lowerBound >= 0 && range.upperBound <= count, "slice outside the source buffer")
        return UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    }
}
