/// Canonical forms of the Basic Multilingual Plane and their equivalence classes, computed
/// once from Swift's Unicode data the first time a case-insensitive pattern needs them.
final class CaseTable: Sendable {
    let canonical: [UInt16]
    /// Canonical form -> all BMP characters with that form (only classes of two or more).
    let equivalents: [UInt16: [UInt16]]

    static let legacy = CaseTable(unicode: false)
    static let unicode = CaseTable(unicode: true)

    private init(unicode: Bool) {
        var canonical = [UInt16](repeating: 0, count: 0x10000)
        var classes: [UInt16: [UInt16]] = [:]
        for code in 0..<0x10000 {
            let value = UInt32(code)
            let form: UInt32
            if code >= 0xD800 && code <= 0xDFFF {
                form = value
            } else if unicode {
                form = CaseTable.fold(value)
            } else {
                form = CaseTable.upperUnit(value)
            }
            let unit = form < 0x10000 ? UInt16(form) : UInt16(code)
            canonical[code] = unit
            classes[unit, default: []].append(UInt16(code))
        }
        self.canonical = canonical
        self.equivalents = classes.filter { $0.value.count > 1 }
    }

    /// Canonicalize without `u`: the single-unit upper-case form, never non-ASCII to ASCII.
    private static func upperUnit(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A ? value - 0x20 : value }
        guard let scalar = Unicode.Scalar(value) else { return value }
        let upper = scalar.properties.uppercaseMapping.utf16
        guard upper.count == 1, let unit = upper.first, unit >= 0x80 else { return value }
        return UInt32(unit)
    }

    /// The simple-case-folding representative: `lower(upper(c))` when both are single scalars.
    static func fold(_ value: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(value) else { return value }
        var current = scalar
        let upper = current.properties.uppercaseMapping.unicodeScalars
        if upper.count == 1, let first = upper.first { current = first }
        let lower = current.properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, let first = lower.first { return first.value }
        let ownLower = scalar.properties.lowercaseMapping.unicodeScalars
        if ownLower.count == 1, let first = ownLower.first { return first.value }
        return value
    }
}
