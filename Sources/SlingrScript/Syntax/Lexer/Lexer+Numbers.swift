extension Lexer {
    /// Scans a numeric or BigInt literal starting at `position` (a digit or `.digit`).
    mutating func scanNumber(into token: inout Token) throws(LexerError) {
        let start = position
        let first = bytes[position]
        if first == UInt8(ascii: "0") {
            let marker = byte(at: position + 1) | 0x20
            let radix: Int
            switch marker {
            case UInt8(ascii: "x"): radix = 16
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "b"): radix = 2
            default: radix = 0
            }
            if radix != 0 {
                position += 2
                try scanRadixNumber(into: &token, radix: radix, start: start)
                return
            }
            let next = byte(at: position + 1)
            if next >= UInt8(ascii: "0"), next <= UInt8(ascii: "9") || next == UInt8(ascii: "_") {
                try scanLegacyOctalOrDecimal(into: &token, start: start)
                return
            }
        }
        try scanDecimal(into: &token, start: start)
    }

    /// Reads digits of `radix` with numeric separators; returns how many digits were read.
    /// `start` is where the number began (V8 reports malformed numbers there).
    private mutating func readDigits(radix: Int, allowSeparators: Bool, value: inout Double, start: Int) throws(LexerError) -> Int {
        var digits = 0
        var lastWasSeparator = false
        let count = bytes.count
        while position < count {
            let current = bytes[position]
            if current == UInt8(ascii: "_") {
                guard allowSeparators else {
                    throw LexerError(offset: position, message: "Numeric separator can not be used after leading 0.")
                }
                if lastWasSeparator {
                    throw LexerError(offset: position, message: "Only one underscore is allowed as numeric separator")
                }
                if digits == 0 {
                    throw LexerError(offset: start, message: LexerError.invalidToken)
                }
                lastWasSeparator = true
                position += 1
                continue
            }
            guard let digit = Lexer.hexValue(current), Int(digit) < radix else { break }
            value = value * Double(radix) + Double(digit)
            digits += 1
            lastWasSeparator = false
            position += 1
        }
        if lastWasSeparator {
            throw LexerError(offset: position - 1, message: "Numeric separators are not allowed at the end of numeric literals")
        }
        return digits
    }

    private mutating func scanRadixNumber(into token: inout Token, radix: Int, start: Int) throws(LexerError) {
        var value = 0.0
        let digitsStart = position
        let digits = try readDigits(radix: radix, allowSeparators: true, value: &value, start: start)
        guard digits > 0 else {
            throw LexerError(offset: start, message: LexerError.invalidToken)
        }
        if byte(at: position) == UInt8(ascii: "n") {
            let digitText = bytes[digitsStart..<position].filter { $0 != UInt8(ascii: "_") }
            position += 1
            token.kind = .bigint
            token.valueIndex = store(Lexer.decimalDigits(of: digitText, radix: radix))
        } else {
            token.kind = .number
            token.number = value
        }
        try checkAfterNumber(start: start)
    }

    /// `017` (legacy octal) or `08`/`019.5` (decimal with a leading zero); both sloppy-only.
    private mutating func scanLegacyOctalOrDecimal(into token: inout Token, start: Int) throws(LexerError) {
        position += 1
        var isOctal = true
        var cursor = position
        while cursor < bytes.count, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9") {
            if bytes[cursor] >= UInt8(ascii: "8") { isOctal = false }
            cursor += 1
        }
        if byte(at: cursor) == UInt8(ascii: "_") {
            throw LexerError(offset: cursor, message: "Numeric separator can not be used after leading 0.")
        }
        token.legacyOctal = true
        if isOctal {
            var value = 0.0
            _ = try readDigits(radix: 8, allowSeparators: false, value: &value, start: start)
            token.kind = .number
            token.number = value
            if byte(at: position) == UInt8(ascii: "n") {
                throw LexerError(offset: start, message: LexerError.invalidToken)
            }
            try checkAfterNumber(start: start)
            return
        }
        position = start
        try scanDecimal(into: &token, start: start, leadingZero: true)
    }

    private mutating func scanDecimal(into token: inout Token, start: Int, leadingZero: Bool = false) throws(LexerError) {
        var integerValue = 0.0
        var isInteger = true
        if bytes[position] != UInt8(ascii: ".") {
            _ = try readDigits(radix: 10, allowSeparators: !leadingZero, value: &integerValue, start: start)
        }
        var hasSeparators = false
        if byte(at: position) == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            if byte(at: position) == UInt8(ascii: "_") {
                throw LexerError(offset: start, message: LexerError.invalidToken)
            }
            var fraction = 0.0
            _ = try readDigits(radix: 10, allowSeparators: true, value: &fraction, start: start)
        }
        let exponentMarker = byte(at: position) | 0x20
        if exponentMarker == UInt8(ascii: "e") {
            isInteger = false
            position += 1
            let sign = byte(at: position)
            if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { position += 1 }
            if byte(at: position) == UInt8(ascii: "_") {
                throw LexerError(offset: start, message: LexerError.invalidToken)
            }
            var exponent = 0.0
            let digits = try readDigits(radix: 10, allowSeparators: true, value: &exponent, start: start)
            guard digits > 0 else { throw LexerError(offset: start, message: LexerError.invalidToken) }
        }
        for index in start..<position where bytes[index] == UInt8(ascii: "_") { hasSeparators = true; break }
        if byte(at: position) == UInt8(ascii: "n") {
            guard isInteger, !leadingZero else {
                throw LexerError(offset: start, message: LexerError.invalidToken)
            }
            let digitText = bytes[start..<position].filter { $0 != UInt8(ascii: "_") }
            position += 1
            token.kind = .bigint
            token.valueIndex = store(Lexer.decimalDigits(of: digitText, radix: 10))
            try checkAfterNumber(start: start)
            return
        }
        token.kind = .number
        if isInteger, integerValue < 9_007_199_254_740_992 {
            token.number = integerValue
        } else if hasSeparators {
            let digits = bytes[start..<position].filter { $0 != UInt8(ascii: "_") }
            token.number = Double(String(decoding: digits, as: UTF8.self)) ?? .nan
        } else {
            token.number = Double(String(decoding: bytes[start..<position], as: UTF8.self)) ?? .nan
        }
        try checkAfterNumber(start: start)
    }

    /// A number must not be immediately followed by an identifier character or a digit (V8
    /// then reports the number, at `start`).
    private mutating func checkAfterNumber(start: Int) throws(LexerError) {
        guard position < bytes.count else { return }
        let next = bytes[position]
        if Lexer.isASCIIIdentifierPart(next) || next == UInt8(ascii: "\\") {
            throw LexerError(offset: start, message: LexerError.invalidToken)
        }
        if next >= 0x80, let scalar = decodeScalar(at: position).0, Lexer.isIdentifierStart(scalar) {
            throw LexerError(offset: start, message: LexerError.invalidToken)
        }
    }

    /// Converts digits in `radix` (ASCII, no separators) to a decimal digit string.
    static func decimalDigits(of digitText: [UInt8], radix: Int) -> String {
        // Little-endian limbs of base 10^9.
        var limbs: [UInt64] = [0]
        for character in digitText {
            guard let digit = hexValue(character) else { continue }
            var carry = UInt64(digit)
            for index in limbs.indices {
                let product = limbs[index] * UInt64(radix) + carry
                limbs[index] = product % 1_000_000_000
                carry = product / 1_000_000_000
            }
            while carry > 0 {
                limbs.append(carry % 1_000_000_000)
                carry /= 1_000_000_000
            }
        }
        var text = String(limbs[limbs.count - 1])
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            text += String(repeating: "0", count: 9 - part.count) + part
        }
        return text
    }
}
