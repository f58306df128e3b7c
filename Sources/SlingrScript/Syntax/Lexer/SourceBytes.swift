/// The source bytes the lexer scans, copied into memory it owns and followed by zero bytes.
///
/// Reading through a pointer costs no bounds check and no reference counting per byte, which
/// is most of the lexer's work; the padding makes the short look-aheads past the last byte
/// (`a?.` at the end of input, ...) read zeros instead of memory that is not ours. Callers keep
/// indices below `count + SourceBytes.padding`.
struct SourceBytes: @unchecked Sendable {
    /// Owns the memory; kept alive by every copy of the view.
    final class Storage {
        let pointer: UnsafeMutablePointer<UInt8>
        /// Bytes allocated, padding included.
        let capacity: Int

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            capacity = bytes.count + SourceBytes.padding
            pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            fill(bytes)
        }

        /// Copies `bytes` in, followed by the zero padding (`bytes.count + padding` must fit).
        func fill(_ bytes: UnsafeBufferPointer<UInt8>) {
            if let address = bytes.baseAddress { pointer.update(from: address, count: bytes.count) }
            (pointer + bytes.count).update(repeating: 0, count: SourceBytes.padding)
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

    /// The UTF-8 of `text`, copied into `cache` when that buffer is large enough and no longer
    /// used by anyone else (a previous parse), otherwise into a new buffer.
    init(_ text: String, reusing cache: inout Storage?) {
        var text = text
        let count = text.utf8.count
        if var reused = cache.take(), reused.capacity >= count + SourceBytes.padding,
           isKnownUniquelyReferenced(&reused) {
            text.withUTF8 { reused.fill($0) }
            storage = reused
        } else {
            storage = text.withUTF8 { Storage($0) }
        }
        base = UnsafePointer(storage.pointer)
        self.count = count
    }

    /// The buffer, to be refilled by a later parse (see `init(_:reusing:)`).
    var storageForReuse: Storage { storage }

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
