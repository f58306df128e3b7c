/// `toLowerCase` / `toUpperCase` over code points (full Unicode case mappings, so `'ß'`
/// upper-cases to `'SS'`); unpaired surrogates pass through unchanged.
enum CaseMapping {
    static func map(_ string: JSString, upper: Bool) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(string.count)
        var index = 0
        let source = string.units
        while index < source.count {
            let unit = source[index]
            if unit < 0x80 {
                if upper, unit >= 0x61, unit <= 0x7A {
                    units.append(unit - 0x20)
                } else if !upper, unit >= 0x41, unit <= 0x5A {
                    units.append(unit + 0x20)
                } else {
                    units.append(unit)
                }
                index += 1
                continue
            }
            var code = UInt32(unit)
            var width = 1
            if unit >= 0xD800, unit <= 0xDBFF, index + 1 < source.count, source[index + 1] >= 0xDC00, source[index + 1] <= 0xDFFF {
                code = (UInt32(unit) - 0xD800) << 10 + (UInt32(source[index + 1]) - 0xDC00) + 0x10000
                width = 2
            }
            if let scalar = Unicode.Scalar(code) {
                let mapped = upper ? scalar.properties.uppercaseMapping : scalar.properties.lowercaseMapping
                units.append(contentsOf: mapped.utf16)
            } else {
                units.append(contentsOf: source[index..<(index + width)])
            }
            index += width
        }
        return units
    }
}
