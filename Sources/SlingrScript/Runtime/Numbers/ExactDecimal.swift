/// The exact decimal expansion of a positive finite double: `digits × 10^exponent`.
///
/// `toFixed`, `toPrecision` and `toExponential` round the exact binary value (half up), so they
/// need every digit, not the shortest round-tripping ones. A double is `m × 2^e`; for negative
/// `e` that equals `m × 5^-e × 10^e`, so a small big-integer multiply gives the digits.
struct ExactDecimal {
    /// Most significant first, no leading zeros.
    private(set) var digits: [UInt8]
    private(set) var exponent: Int

    init(_ value: Double) {
        let mantissa = value.significandBitPattern | (value.exponentBitPattern == 0 ? 0 : (1 << 52))
        let binaryExponent = (value.exponentBitPattern == 0 ? -1074 : Int(value.exponentBitPattern) - 1075)
        var number = BigNumber(mantissa)
        if binaryExponent >= 0 {
            number.shiftLeft(binaryExponent)
            exponent = 0
        } else {
            for _ in 0..<(-binaryExponent) { number.multiply(by: 5) }
            exponent = binaryExponent
        }
        digits = number.decimalDigits()
        // Strip trailing zeros so the representation is canonical.
        while digits.count > 1, digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
    }

    /// Decimal exponent of the leading digit: the value is `d.ddd × 10^leadingExponent`.
    var leadingExponent: Int { digits.count - 1 + exponent }

    /// Digits of the integer nearest to `value / 10^target` (ties up); empty for zero.
    func rounded(toExponent target: Int) -> [UInt8] {
        if exponent >= target {
            if digits == [0] { return [] }
            return digits + Array(repeating: 0, count: exponent - target)
        }
        // Keep digits whose weight is at least 10^target.
        let keep = digits.count - (target - exponent)
        if keep < 0 { return [] }
        var kept = Array(digits[0..<keep])
        let roundUp = digits[keep] >= 5
        if roundUp { kept = BigNumber.incrementDecimal(kept) }
        while kept.count > 1, kept.first == 0 { kept.removeFirst() }
        if kept == [0] { return [] }
        return kept
    }

    /// `count` significant digits (half up) and the decimal exponent of the first one.
    func significant(_ count: Int) -> (digits: [UInt8], exponent: Int) {
        var e = leadingExponent
        var result = rounded(toExponent: e - count + 1)
        if result.count > count {
            // Rounding carried into a new leading digit (9.99 -> 10.0).
            e += 1
            result = Array(result[0..<count])
        }
        while result.count < count { result.append(0) }
        return (result, e)
    }
}
