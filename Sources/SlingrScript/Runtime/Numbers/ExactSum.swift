/// The exact sum of doubles, rounded once at the end (`Math.sumPrecise`): every finite double
/// is an integer multiple of 2^-1074, so the sum is kept as a fixed-point integer wide enough
/// for any of them (two's complement, 64-bit limbs, least significant first).
struct ExactSum {
    private static let limbCount = 36
    private var limbs = [UInt64](repeating: 0, count: ExactSum.limbCount)

    /// Adds a finite double.
    mutating func add(_ value: Double) {
        guard value != 0 else { return }
        // value = significand * 2^(exponent - 52), with 2^-1074 as the unit.
        let bits = value.bitPattern
        let biased = Int((bits >> 52) & 0x7FF)
        var significand = bits & ((1 << 52) - 1)
        var shift: Int
        if biased == 0 {
            shift = 0
        } else {
            significand |= 1 << 52
            shift = biased - 1
        }
        var addend = [UInt64](repeating: 0, count: ExactSum.limbCount)
        let limb = shift / 64
        shift %= 64
        addend[limb] = significand << UInt64(shift)
        if shift > 0, limb + 1 < ExactSum.limbCount { addend[limb + 1] = significand >> UInt64(64 - shift) }
        if value < 0 { ExactSum.negate(&addend) }
        var carry: UInt64 = 0
        for index in 0..<ExactSum.limbCount {
            let (partial, overflow1) = limbs[index].addingReportingOverflow(addend[index])
            let (total, overflow2) = partial.addingReportingOverflow(carry)
            limbs[index] = total
            carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
    }

    private static func negate(_ value: inout [UInt64]) {
        var carry: UInt64 = 1
        for index in value.indices {
            let (sum, overflow) = (~value[index]).addingReportingOverflow(carry)
            value[index] = sum
            carry = overflow ? 1 : 0
        }
    }

    /// The sum rounded to the nearest double (ties to even); ±Infinity when it is too large.
    var value: Double {
        var magnitude = limbs
        let negative = magnitude[ExactSum.limbCount - 1] >> 63 == 1
        if negative { ExactSum.negate(&magnitude) }
        guard let top = magnitude.lastIndex(where: { $0 != 0 }) else { return 0 }
        let bitLength = top * 64 + (64 - magnitude[top].leadingZeroBitCount)
        func bit(_ position: Int) -> UInt64 { position < 0 ? 0 : (magnitude[position / 64] >> UInt64(position % 64)) & 1 }
        var result: Double
        if bitLength <= 53 {
            // Exact: a subnormal or small normal number.
            result = Double(sign: .plus, exponent: -1074, significand: Double(magnitude[0]))
        } else {
            let drop = bitLength - 53
            var significand: UInt64 = 0
            for position in stride(from: bitLength - 1, through: drop, by: -1) { significand = significand << 1 | bit(position) }
            let guardBit = bit(drop - 1)
            var sticky = false
            for position in 0..<max(0, drop - 1) where bit(position) == 1 {
                sticky = true
                break
            }
            if guardBit == 1, sticky || significand & 1 == 1 { significand += 1 }
            let exponent = drop - 1074
            if exponent > 971 { return negative ? -.infinity : .infinity }
            result = Double(sign: .plus, exponent: exponent, significand: Double(significand))
        }
        return negative ? -result : result
    }
}
