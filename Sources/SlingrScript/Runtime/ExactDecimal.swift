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

/// A minimal unsigned big integer (base 2^32 limbs, least significant first).
struct BigNumber {
    private var limbs: [UInt32]

    init(_ value: UInt64) {
        limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        trim()
    }

    private mutating func trim() {
        while limbs.count > 1, limbs.last == 0 { limbs.removeLast() }
    }

    mutating func multiply(by factor: UInt32) {
        var carry: UInt64 = 0
        for index in limbs.indices {
            let product = UInt64(limbs[index]) * UInt64(factor) + carry
            limbs[index] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry > 0 { limbs.append(UInt32(carry)) }
    }

    mutating func shiftLeft(_ bits: Int) {
        let whole = bits / 32
        let partial = bits % 32
        if partial > 0 {
            var carry: UInt32 = 0
            for index in limbs.indices {
                let limb = limbs[index]
                limbs[index] = (limb << UInt32(partial)) | carry
                carry = limb >> UInt32(32 - partial)
            }
            if carry > 0 { limbs.append(carry) }
        }
        if whole > 0 { limbs.insert(contentsOf: repeatElement(0, count: whole), at: 0) }
        trim()
    }

    /// Divides in place by `divisor`, returning the remainder.
    private mutating func divide(by divisor: UInt32) -> UInt32 {
        var remainder: UInt64 = 0
        for index in limbs.indices.reversed() {
            let current = (remainder << 32) | UInt64(limbs[index])
            limbs[index] = UInt32(current / UInt64(divisor))
            remainder = current % UInt64(divisor)
        }
        trim()
        return UInt32(remainder)
    }

    private var isZero: Bool { limbs.count == 1 && limbs[0] == 0 }

    func decimalDigits() -> [UInt8] {
        var copy = self
        var chunks: [UInt32] = []
        repeat { chunks.append(copy.divide(by: 1_000_000_000)) } while !copy.isZero
        var digits: [UInt8] = []
        for (position, chunk) in chunks.reversed().enumerated() {
            var chunkDigits: [UInt8] = []
            var rest = chunk
            repeat {
                chunkDigits.append(UInt8(rest % 10))
                rest /= 10
            } while rest > 0
            if position > 0 { while chunkDigits.count < 9 { chunkDigits.append(0) } }
            digits.append(contentsOf: chunkDigits.reversed())
        }
        return digits
    }

    /// Adds one to a most-significant-first digit array.
    static func incrementDecimal(_ digits: [UInt8]) -> [UInt8] {
        var result = digits
        var index = result.count - 1
        while index >= 0 {
            if result[index] < 9 {
                result[index] += 1
                return result
            }
            result[index] = 0
            index -= 1
        }
        return [1] + result
    }
}
