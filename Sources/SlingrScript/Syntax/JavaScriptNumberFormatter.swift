/// Formats numbers exactly as JavaScript's `Number.prototype.toString()` (radix 10) does:
/// `1.5`, `100`, `1e+21`, `1e-7`, `-0` as `0`.
///
/// Swift's `description` already produces the shortest digits that round-trip, which is the
/// digit string the specification asks for; only the layout differs, so this re-lays it out.
public enum JavaScriptNumberFormatter {
    public static func string(from value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value == 0 { return "0" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value < 0 { return "-" + string(from: -value) }
        if value < 1e15, value == value.rounded(), let integer = Int(exactly: value) {
            return String(integer)
        }
        let (digits, pointPosition) = shortestDigits(of: value)
        return layout(digits: digits, pointPosition: pointPosition)
    }

    /// Digits (no leading/trailing zeros) and `n` such that value = 0.d1d2... × 10^n.
    static func shortestDigits(of value: Double) -> (digits: [UInt8], pointPosition: Int) {
        let text = Array(value.description.utf8)
        var mantissa: [UInt8] = []
        var exponent = 0
        var pointIndex: Int?
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                var sign = 1
                var cursor = index + 1
                if cursor < text.count, text[cursor] == UInt8(ascii: "-") { sign = -1; cursor += 1 }
                else if cursor < text.count, text[cursor] == UInt8(ascii: "+") { cursor += 1 }
                var magnitude = 0
                while cursor < text.count { magnitude = magnitude * 10 + Int(text[cursor] &- 48); cursor += 1 }
                exponent = sign * magnitude
                break
            }
            if byte == UInt8(ascii: ".") { pointIndex = mantissa.count } else { mantissa.append(byte &- 48) }
            index += 1
        }
        var pointPosition = (pointIndex ?? mantissa.count) + exponent
        var start = 0
        while start < mantissa.count - 1, mantissa[start] == 0 { start += 1; pointPosition -= 1 }
        var end = mantissa.count
        while end > start + 1, mantissa[end - 1] == 0 { end -= 1 }
        return (Array(mantissa[start..<end]), pointPosition)
    }

    static func layout(digits: [UInt8], pointPosition n: Int) -> String {
        let k = digits.count
        var result = ""
        func append(_ slice: ArraySlice<UInt8>) { for digit in slice { result.unicodeScalars.append(Unicode.Scalar(digit + 48)) } }
        if k <= n, n <= 21 {
            append(digits[...])
            result += String(repeating: "0", count: n - k)
        } else if 0 < n, n <= 21 {
            append(digits[0..<n])
            result += "."
            append(digits[n...])
        } else if -6 < n, n <= 0 {
            result = "0." + String(repeating: "0", count: -n)
            append(digits[...])
        } else {
            let exponent = n - 1
            append(digits[0..<1])
            if k > 1 {
                result += "."
                append(digits[1...])
            }
            result += exponent < 0 ? "e-" : "e+"
            result += String(abs(exponent))
        }
        return result
    }
}
