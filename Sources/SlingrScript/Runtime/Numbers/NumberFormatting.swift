/// JavaScript's number-to-string conversions: `String(x)`, `toFixed`, `toPrecision`,
/// `toExponential` and `toString(radix)`.
///
/// `String(x)` needs the shortest digit string that round-trips, which is exactly what Swift's
/// `description` computes; only the layout differs, so the digits are taken from there and laid
/// out by ECMAScript's Number::toString rules. The fixed-width methods need correctly rounded
/// digits of the exact binary value, so they use `ExactDecimal`.
enum NumberFormatting {
    /// Number::toString(x) for radix 10.
    static func string(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value == 0 { return "0" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value < 0 { return "-" + string(-value) }
        if value < 1e21, value == value.rounded(), value < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        let (digits, pointPosition) = shortestDigits(value)
        return layout(digits: digits, n: pointPosition)
    }

    static func jsString(_ value: Double) -> JSString {
        if value >= 0, value < 10, value == value.rounded(), !(value == 0 && value.sign == .minus) {
            return Names.digit(Int(value))
        }
        return JSString(string(value))
    }

    /// The shortest round-tripping digits of a positive finite value, and `n` such that the
    /// value is `0.d1d2d3... × 10^n`.
    static func shortestDigits(_ value: Double) -> (digits: [UInt8], n: Int) {
        let text = value.description.utf8
        var digits: [UInt8] = []
        digits.reserveCapacity(17)
        var exponent = 0
        var pointSeen = false
        var digitsBeforePoint = 0
        var iterator = text.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: ".") {
                pointSeen = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                var sign = 1
                var magnitude = 0
                while let next = iterator.next() {
                    if next == UInt8(ascii: "-") { sign = -1 } else if next >= 48 && next <= 57 {
                        magnitude = magnitude * 10 + Int(next - 48)
                    }
                }
                exponent = sign * magnitude
                break
            } else if byte >= 48 && byte <= 57 {
                digits.append(byte - 48)
                if !pointSeen { digitsBeforePoint += 1 }
            }
        }
        var n = digitsBeforePoint + exponent
        var leading = 0
        while leading < digits.count - 1, digits[leading] == 0 {
            leading += 1
            n -= 1
        }
        if leading > 0 { digits.removeFirst(leading) }
        while digits.count > 1, digits.last == 0 { digits.removeLast() }
        return (digits, n)
    }

    /// ECMAScript Number::toString layout of digits `s` (k of them) with `n` as above.
    static func layout(digits: [UInt8], n: Int) -> String {
        let k = digits.count
        var result = ""
        func append(_ range: Range<Int>) {
            for index in range { result.unicodeScalars.append(Unicode.Scalar(digits[index] + 48)) }
        }
        if k <= n && n <= 21 {
            append(0..<k)
            result += String(repeating: "0", count: n - k)
        } else if 0 < n && n <= 21 {
            append(0..<n)
            result += "."
            append(n..<k)
        } else if -6 < n && n <= 0 {
            result = "0." + String(repeating: "0", count: -n)
            append(0..<k)
        } else {
            append(0..<1)
            if k > 1 {
                result += "."
                append(1..<k)
            }
            let e = n - 1
            result += e >= 0 ? "e+\(e)" : "e-\(-e)"
        }
        return result
    }

    // MARK: Fixed-width methods

    /// Number.prototype.toFixed for `digits` in 0...100.
    static func fixed(_ value: Double, digits: Int) -> String {
        if value.isNaN { return "NaN" }
        if abs(value) >= 1e21 || value.isInfinite { return string(value) }
        let negative = value < 0
        let exact = ExactDecimal(abs(value))
        // The integer n = round(x * 10^digits), half up.
        let scaled = exact.rounded(toExponent: -digits)
        var text = scaled.isEmpty ? "0" : String(decoding: scaled.map { $0 + 48 }, as: UTF8.self)
        if digits > 0 {
            if text.count <= digits { text = String(repeating: "0", count: digits + 1 - text.count) + text }
            let split = text.index(text.endIndex, offsetBy: -digits)
            text = text[..<split] + "." + text[split...]
        }
        return (negative ? "-" : "") + text
    }

    /// Number.prototype.toPrecision for `precision` in 1...100.
    static func precision(_ value: Double, precision: Int) -> String {
        if value.isNaN || value.isInfinite { return string(value) }
        let negative = value < 0
        let sign = negative ? "-" : ""
        if value == 0 {
            return precision == 1 ? "0" : "0." + String(repeating: "0", count: precision - 1)
        }
        let (digits, e) = ExactDecimal(abs(value)).significant(precision)
        let text = String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
        if e < -6 || e >= precision {
            var mantissa = String(text.prefix(1))
            if precision > 1 { mantissa += "." + text.dropFirst() }
            return sign + mantissa + (e >= 0 ? "e+\(e)" : "e-\(-e)")
        }
        if e == precision - 1 { return sign + text }
        if e >= 0 {
            let split = text.index(text.startIndex, offsetBy: e + 1)
            return sign + text[..<split] + "." + text[split...]
        }
        return sign + "0." + String(repeating: "0", count: -(e + 1)) + text
    }

    /// Number.prototype.toExponential; `fractionDigits == nil` means as many as needed.
    static func exponential(_ value: Double, fractionDigits: Int?) -> String {
        if value.isNaN || value.isInfinite { return string(value) }
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        var digits: [UInt8]
        var e: Int
        if magnitude == 0 {
            digits = Array(repeating: 0, count: (fractionDigits ?? 0) + 1)
            e = 0
        } else if let fractionDigits {
            (digits, e) = ExactDecimal(magnitude).significant(fractionDigits + 1)
        } else {
            let shortest = shortestDigits(magnitude)
            digits = shortest.digits
            e = shortest.n - 1
        }
        var text = String(Character(Unicode.Scalar(digits[0] + 48)))
        if digits.count > 1 { text += "." + String(decoding: digits.dropFirst().map { $0 + 48 }, as: UTF8.self) }
        return sign + text + (e >= 0 ? "e+\(e)" : "e-\(-e)")
    }

    // MARK: Radix

    private static let radixDigits = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    /// Number.prototype.toString(radix) for radix 2...36 other than 10, following V8's digit
    /// generation (shortest digits that identify the value, rounded half to even).
    static func string(_ value: Double, radix: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return "0" }
        let negative = value < 0
        var integer = (abs(value)).rounded(.down)
        var fraction = abs(value) - integer
        var fractionDigits: [UInt8] = []
        var delta = 0.5 * (abs(value).nextUp - abs(value))
        delta = max(Double(0).nextUp, delta)
        if fraction >= delta {
            repeat {
                fraction *= Double(radix)
                delta *= Double(radix)
                let digit = Int(fraction)
                fractionDigits.append(UInt8(digit))
                fraction -= Double(digit)
                if fraction > 0.5 || (fraction == 0.5 && (digit & 1) == 1) {
                    if fraction + delta > 1 {
                        // Round up, propagating carries into the integer part.
                        while true {
                            guard let last = fractionDigits.popLast() else {
                                integer += 1
                                break
                            }
                            if Int(last) + 1 < radix {
                                fractionDigits.append(last + 1)
                                break
                            }
                        }
                        break
                    }
                }
            } while fraction >= delta
        }
        var integerDigits: [UInt8] = []
        let base = Double(radix)
        // Digits beyond double precision are zeros, as in V8.
        while (integer / base).exponent > 52 {
            integer = (integer / base).rounded(.down)
            integerDigits.append(0)
        }
        repeat {
            let remainder = integer.truncatingRemainder(dividingBy: base)
            integerDigits.append(UInt8(remainder))
            integer = (integer - remainder) / base
        } while integer > 0
        var bytes: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        bytes.append(contentsOf: integerDigits.reversed().map { radixDigits[Int($0)] })
        if !fractionDigits.isEmpty {
            bytes.append(UInt8(ascii: "."))
            bytes.append(contentsOf: fractionDigits.map { radixDigits[Int($0)] })
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
