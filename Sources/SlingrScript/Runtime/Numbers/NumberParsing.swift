/// JavaScript's string-to-number conversions: `Number(s)` / unary `+`, `parseInt`, `parseFloat`.
///
/// The grammar is checked here; the decimal value itself comes from Swift's correctly rounded
/// `Double(_:)`, which is only ever handed text that is already known to be a plain decimal.
enum NumberParsing {
    /// StringToNumber: the whole string (after trimming) must be a numeric literal.
    static func number(from string: JSString) -> Double {
        let text = string.trimmed()
        let units = text.units
        if units.isEmpty { return 0 }
        if units.count > 2, units[0] == 0x30 {
            switch units[1] {
            case 0x78, 0x58: return integer(units[2...], radix: 16) ?? .nan
            case 0x6F, 0x4F: return integer(units[2...], radix: 8) ?? .nan
            case 0x62, 0x42: return integer(units[2...], radix: 2) ?? .nan
            default: break
            }
        }
        guard let (value, length) = decimalPrefix(units[...], allowInfinity: true), length == units.count else {
            return .nan
        }
        return value
    }

    /// All of `units` as digits of `radix`, or nil when empty or a character is not a digit.
    private static func integer(_ units: ArraySlice<UInt16>, radix: Int) -> Double? {
        if units.isEmpty { return nil }
        var value = 0.0
        for unit in units {
            guard let digit = digitValue(unit), digit < radix else { return nil }
            value = value * Double(radix) + Double(digit)
        }
        if radix == 16 || radix == 8 || radix == 2, value >= 9_007_199_254_740_992 {
            return exactPowerOfTwoRadix(units, radix: radix)
        }
        return value
    }

    static func digitValue(_ unit: UInt16) -> Int? {
        switch unit {
        case 0x30...0x39: return Int(unit - 0x30)
        case 0x61...0x7A: return Int(unit - 0x61 + 10)
        case 0x41...0x5A: return Int(unit - 0x41 + 10)
        default: return nil
        }
    }

    /// Correct rounding for long hex/octal/binary literals: collect the bits and round to 53.
    private static func exactPowerOfTwoRadix(_ units: ArraySlice<UInt16>, radix: Int) -> Double {
        let bitsPerDigit = radix == 16 ? 4 : (radix == 8 ? 3 : 1)
        var bits: [Bool] = []
        for unit in units {
            let digit = digitValue(unit) ?? 0
            for shift in stride(from: bitsPerDigit - 1, through: 0, by: -1) { bits.append((digit >> shift) & 1 == 1) }
        }
        bits.removeFirst(bits.firstIndex(of: true) ?? bits.count)
        if bits.count <= 53 {
            return bits.reduce(0.0) { $0 * 2 + ($1 ? 1 : 0) }
        }
        var mantissa: UInt64 = 0
        for bit in bits[0..<53] { mantissa = mantissa << 1 | (bit ? 1 : 0) }
        let roundBit = bits[53]
        let sticky = bits[54...].contains(true)
        if roundBit && (sticky || mantissa & 1 == 1) { mantissa += 1 }
        return Double(sign: .plus, exponent: bits.count - 53, significand: Double(mantissa))
    }

    /// The longest prefix that is a StrDecimalLiteral (sign, digits, fraction, exponent, or
    /// `Infinity`); returns the value and the number of units consumed.
    static func decimalPrefix(_ units: ArraySlice<UInt16>, allowInfinity: Bool) -> (Double, Int)? {
        var index = units.startIndex
        let end = units.endIndex
        var negative = false
        if index < end, units[index] == 0x2B || units[index] == 0x2D {
            negative = units[index] == 0x2D
            index += 1
        }
        if allowInfinity, units[index..<end].starts(with: Names.infinityText.units) {
            let consumed = index - units.startIndex + 8
            return (negative ? -.infinity : .infinity, consumed)
        }
        let numberStart = index
        var sawDigit = false
        while index < end, units[index] >= 0x30, units[index] <= 0x39 {
            index += 1
            sawDigit = true
        }
        if index < end, units[index] == 0x2E {
            var fractionEnd = index + 1
            var fractionDigit = false
            while fractionEnd < end, units[fractionEnd] >= 0x30, units[fractionEnd] <= 0x39 {
                fractionEnd += 1
                fractionDigit = true
            }
            if sawDigit || fractionDigit {
                index = fractionEnd
                sawDigit = true
            }
        }
        guard sawDigit else { return nil }
        if index < end, units[index] == 0x65 || units[index] == 0x45 {
            var exponentEnd = index + 1
            if exponentEnd < end, units[exponentEnd] == 0x2B || units[exponentEnd] == 0x2D { exponentEnd += 1 }
            let digitsStart = exponentEnd
            while exponentEnd < end, units[exponentEnd] >= 0x30, units[exponentEnd] <= 0x39 { exponentEnd += 1 }
            if exponentEnd > digitsStart { index = exponentEnd }
        }
        let text = String(decoding: units[numberStart..<index].map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
        let value = Double(text) ?? .nan
        return (negative ? -value : value, index - units.startIndex)
    }

    /// The global `parseInt`.
    static func parseInt(_ string: JSString, radix requested: Int32) -> Double {
        var units = string.trimmed(trailing: false).units[...]
        var negative = false
        if let first = units.first, first == 0x2B || first == 0x2D {
            negative = first == 0x2D
            units = units.dropFirst()
        }
        var radix = Int(requested)
        var stripPrefix = true
        if radix != 0 {
            if radix < 2 || radix > 36 { return .nan }
            if radix != 16 { stripPrefix = false }
        } else {
            radix = 10
        }
        if stripPrefix, units.count >= 2, units[units.startIndex] == 0x30,
           units[units.startIndex + 1] == 0x78 || units[units.startIndex + 1] == 0x58 {
            units = units.dropFirst(2)
            radix = 16
        }
        var end = units.startIndex
        while end < units.endIndex, let digit = digitValue(units[end]), digit < radix { end += 1 }
        let digits = units[units.startIndex..<end]
        if digits.isEmpty { return .nan }
        var value: Double
        if radix == 10 {
            let text = String(decoding: digits.map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
            value = Double(text) ?? .nan
        } else {
            value = integer(digits, radix: radix) ?? .nan
        }
        return negative ? -value : value
    }

    /// The global `parseFloat`.
    static func parseFloat(_ string: JSString) -> Double {
        let units = string.trimmed(trailing: false).units
        guard let (value, _) = decimalPrefix(units[...], allowInfinity: true) else { return .nan }
        return value
    }
}

