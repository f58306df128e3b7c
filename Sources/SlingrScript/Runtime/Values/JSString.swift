#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A JavaScript string: an immutable sequence of UTF-16 code units.
///
/// JavaScript strings may hold lone surrogates and compare by code unit, which Swift's `String`
/// (Unicode scalars, canonical equivalence) cannot express, so the engine keeps its own type.
/// Equality and hashing work on the raw units, so property lookup and `==` are a length check
/// plus a `memcmp`.
public struct JSString: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var units: [UInt16]

    @inlinable
    public init(units: [UInt16]) { self.units = units }

    public init(_ string: String) {
        var text = string
        // Most strings (property names, identifiers, config values) are ASCII: widen the UTF-8
        // bytes directly instead of transcoding through the UTF-16 view. The array grows by
        // `reserveCapacity`, whose allocation is specialised in this module: the initialisers
        // `init(repeating:count:)` and `init(unsafeUninitializedCapacity:)` call the standard
        // library's generic allocation, which looks up the storage class's metadata at run
        // time (a few hundred instructions per string).
        let ascii: [UInt16]? = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count)
            for byte in bytes { units.append(UInt16(byte)) }
            return units
        }
        self.units = ascii ?? Array(string.utf16)
    }

    public init(stringLiteral value: String) { self.init(value) }

    init<S: Sequence>(unitSequence: S) where S.Element == UInt16 { self.units = Array(unitSequence) }

    public static let empty = JSString(units: [])

    @inlinable
    public var count: Int { units.count }

    @inlinable
    public var isEmpty: Bool { units.isEmpty }

    /// The Swift string, with lone surrogates replaced by U+FFFD.
    public var string: String { String(decoding: units, as: UTF16.self) }

    public var description: String { string }

    @inlinable
    public subscript(_ index: Int) -> UInt16 { units[index] }

    @inline(__always)
    public static func == (lhs: JSString, rhs: JSString) -> Bool {
        let count = lhs.units.count
        guard count == rhs.units.count else { return false }
        if count == 0 { return true }
        return lhs.units.withUnsafeBufferPointer { left in
            rhs.units.withUnsafeBufferPointer { right in
                guard let l = left.baseAddress, let r = right.baseAddress else { return true }
                if l == r { return true }
                if count > 16 { return memcmp(l, r, count &* 2) == 0 }
                // Short keys (most property names): compare four code units at a time.
                let raw = UnsafeRawPointer(l)
                let other = UnsafeRawPointer(r)
                var offset = 0
                let bytes = count &* 2
                while offset &+ 8 <= bytes {
                    if raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                        != other.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    {
                        return false
                    }
                    offset &+= 8
                }
                while offset < bytes {
                    if raw.load(fromByteOffset: offset, as: UInt16.self) != other.load(fromByteOffset: offset, as: UInt16.self) {
                        return false
                    }
                    offset &+= 2
                }
                return true
            }
        }
    }

    public func hash(into hasher: inout Hasher) {
        units.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    /// The address of the code units' storage, as a number: two strings with the same identity
    /// share storage and so are equal without comparing units.
    @inline(__always)
    var storageIdentity: UInt { unsafeBitCast(units, to: UInt.self) }

    /// Whether both share storage (then they are equal without comparing units).
    @inline(__always)
    func sharesStorage(with other: JSString) -> Bool { storageIdentity == other.storageIdentity }

    /// Code-unit order, as JavaScript's relational operators compare strings.
    public static func < (lhs: JSString, rhs: JSString) -> Bool {
        let shared = min(lhs.units.count, rhs.units.count)
        for index in 0..<shared {
            let l = lhs.units[index]
            let r = rhs.units[index]
            if l != r { return l < r }
        }
        return lhs.units.count < rhs.units.count
    }

    public static func + (lhs: JSString, rhs: JSString) -> JSString {
        if lhs.units.isEmpty { return rhs }
        if rhs.units.isEmpty { return lhs }
        var units = lhs.units
        units.append(contentsOf: rhs.units)
        return JSString(units: units)
    }

    /// The canonical array index this string spells ("0", "17", never "017" or "-1"), if any.
    /// Such keys sort first and numerically among an object's own keys.
    var arrayIndex: UInt32? {
        let units = self.units
        guard let first = units.first, first >= 0x30, first <= 0x39, units.count <= 10 else { return nil }
        if first == 0x30 { return units.count == 1 ? 0 : nil }
        var value: UInt64 = 0
        for unit in units {
            guard unit >= 0x30, unit <= 0x39 else { return nil }
            value = value * 10 + UInt64(unit - 0x30)
        }
        return value < 4_294_967_295 ? UInt32(value) : nil
    }

    func slice(_ start: Int, _ end: Int) -> JSString {
        if start >= end { return .empty }
        if start == 0 && end == units.count { return self }
        return JSString(units: Array(units[start..<end]))
    }

    /// Index of `needle` at or after `from`, by code units.
    func firstIndex(of needle: JSString, from: Int) -> Int? {
        let haystack = units
        let pattern = needle.units
        let start = max(0, from)
        if pattern.isEmpty { return start <= haystack.count ? start : nil }
        guard pattern.count <= haystack.count else { return nil }
        let last = haystack.count - pattern.count
        guard start <= last else { return nil }
        if pattern.count >= StringSearch.directLimit { return StringSearch.first(pattern, in: haystack, from: start) }
        let first = pattern[0]
        var index = start
        while index <= last {
            if haystack[index] == first {
                var matched = true
                var offset = 1
                while offset < pattern.count {
                    if haystack[index + offset] != pattern[offset] { matched = false; break }
                    offset += 1
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    /// Index of the last `needle` starting at or before `from`.
    func lastIndex(of needle: JSString, from: Int) -> Int? {
        let haystack = units
        let pattern = needle.units
        var index = min(from, haystack.count - pattern.count)
        if pattern.count >= StringSearch.directLimit {
            return index < 0 ? nil : StringSearch.last(pattern, in: haystack, from: index)
        }
        while index >= 0 {
            var matched = true
            for offset in 0..<pattern.count where haystack[index + offset] != pattern[offset] {
                matched = false
                break
            }
            if matched { return index }
            index -= 1
        }
        return nil
    }

    func hasPrefix(_ prefix: JSString, at position: Int) -> Bool {
        guard position >= 0, position + prefix.count <= units.count else { return false }
        for offset in 0..<prefix.count where units[position + offset] != prefix.units[offset] { return false }
        return true
    }

    /// Whether the code unit is JavaScript white space or a line terminator (what `trim` removes).
    static func isWhitespace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        case 0x2000...0x200A:
            return true
        default:
            return false
        }
    }

    func trimmed(leading: Bool = true, trailing: Bool = true) -> JSString {
        var start = 0
        var end = units.count
        if leading { while start < end, JSString.isWhitespace(units[start]) { start += 1 } }
        if trailing { while end > start, JSString.isWhitespace(units[end - 1]) { end -= 1 } }
        return slice(start, end)
    }

    var isASCII: Bool { units.allSatisfy { $0 < 0x80 } }
}
