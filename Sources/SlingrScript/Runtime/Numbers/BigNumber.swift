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
