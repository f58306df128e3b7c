extension Lexer {
    /// Scans a `'...'` or `"..."` literal; the decoded value goes to `token.value`.
    mutating func scanString(into token: inout Token, quote: UInt8) throws(LexerError) {
        let start = position
        position += 1
        let contentStart = position
        let count = bytes.count
        // Fast path: no escapes.
        while position < count {
            let current = bytes[position]
            if current == quote {
                token.kind = .string
                token.valueIndex = store(String(decoding: bytes[contentStart..<position], as: UTF8.self))
                position += 1
                return
            }
            if current == UInt8(ascii: "\\") { break }
            if current == 0x0A || current == 0x0D {
                throw LexerError(offset: start, message: LexerError.invalidToken)
            }
            position += 1
        }
        guard position < count else {
            throw LexerError(offset: start, message: LexerError.invalidToken)
        }
        // Slow path: decode into UTF-16 code units, starting with the plain prefix.
        scratch.removeAll(keepingCapacity: true)
        appendUTF8(contentStart, position)
        while position < count {
            let current = bytes[position]
            if current == quote {
                position += 1
                token.kind = .string
                finishDecodedValue(into: &token)
                return
            }
            if current == 0x0A || current == 0x0D { break }
            if current == UInt8(ascii: "\\") {
                position += 1
                let escapeStart = position - 1
                let hadOctal = token.legacyOctal
                var escapeError: LexerError?
                do {
                    escapeError = try readEscape(inTemplate: false, legacyOctal: &token.legacyOctal)
                } catch {
                    escapeError = error
                }
                if !hadOctal, token.legacyOctal { token.octalOffset = escapeStart }
                if var escapeError {
                    // Report the escape, but resume after the string so recovery stays in sync.
                    skipRestOfString(quote: quote)
                    // A backslash at the end of the input leaves the string unterminated.
                    if escapeError.message == LexerError.invalidToken { escapeError.offset = start }
                    throw escapeError
                }
                continue
            }
            let runStart = position
            while position < count {
                let next = bytes[position]
                if next == quote || next == UInt8(ascii: "\\") || next == 0x0A || next == 0x0D { break }
                position += 1
            }
            appendUTF8(runStart, position)
        }
        throw LexerError(offset: start, message: LexerError.invalidToken)
    }

    /// After a bad escape: moves past the closing quote (or to the end of the line).
    private mutating func skipRestOfString(quote: UInt8) {
        let count = bytes.count
        while position < count {
            let current = bytes[position]
            if current == 0x0A || current == 0x0D { return }
            position += 1
            if current == quote { return }
            if current == UInt8(ascii: "\\"), position < count, bytes[position] != 0x0A, bytes[position] != 0x0D {
                position += 1
            }
        }
    }

    /// Scans a template part after its opening `` ` `` or `}` (already consumed); stops after
    /// the closing `` ` `` or `${`. `partStart` is the offset of that opening character.
    mutating func scanTemplatePart(into token: inout Token, partStart: Int) throws(LexerError) {
        let count = bytes.count
        // Fast path: no escapes and no carriage returns, so cooked text is the source text.
        let contentStart = position
        var cursor = position
        while cursor < count {
            let current = bytes[cursor]
            if current == UInt8(ascii: "`") || (current == UInt8(ascii: "$") && cursor + 1 < count && bytes[cursor + 1] == UInt8(ascii: "{")) {
                token.kind = .template
                token.isTemplateTail = current == UInt8(ascii: "`")
                token.valueIndex = store(String(decoding: bytes[contentStart..<cursor], as: UTF8.self))
                position = cursor + (token.isTemplateTail ? 1 : 2)
                return
            }
            if current == UInt8(ascii: "\\") || current == 0x0D { break }
            cursor += 1
        }
        scratch.removeAll(keepingCapacity: true)
        var escapeError: LexerError?
        var runStart = position
        var terminated = false
        token.kind = .template
        while position < count {
            let current = bytes[position]
            if current == UInt8(ascii: "`") {
                appendUTF8(runStart, position)
                position += 1
                token.isTemplateTail = true
                terminated = true
                break
            }
            if current == UInt8(ascii: "$"), byte(at: position + 1) == UInt8(ascii: "{") {
                appendUTF8(runStart, position)
                position += 2
                token.isTemplateTail = false
                terminated = true
                break
            }
            if current == UInt8(ascii: "\\") {
                appendUTF8(runStart, position)
                position += 1
                var ignoredOctal = false
                let escapeStart = position - 1
                do {
                    if let error = try readEscape(inTemplate: true, legacyOctal: &ignoredOctal), escapeError == nil {
                        escapeError = error
                    }
                } catch {
                    if escapeError == nil { escapeError = error }
                    position = max(position, escapeStart + 2)
                }
                runStart = position
                continue
            }
            if current == 0x0D {
                // `\r\n` and `\r` are normalised to `\n` in both cooked and raw values.
                appendUTF8(runStart, position)
                scratch.append(0x0A)
                position += byte(at: position + 1) == 0x0A ? 2 : 1
                runStart = position
                continue
            }
            position += 1
        }
        guard terminated else {
            throw LexerError(offset: bytes.count, message: "Unexpected end of input")
        }
        if let escapeError {
            token.payloadIndex = store(TokenPayload(templateEscapeError: escapeError))
            token.valueIndex = -1
        } else {
            finishDecodedValue(into: &token)
        }
    }

    /// Appends `bytes[from..<to]` (UTF-8) to `scratch` as UTF-16.
    private mutating func appendUTF8(_ from: Int, _ to: Int) {
        var index = from
        while index < to {
            let lead = bytes[index]
            if lead < 0x80 {
                scratch.append(UInt16(lead))
                index += 1
                continue
            }
            let (scalar, length) = decodeScalar(at: index)
            let value = scalar ?? "\u{FFFD}"
            scratch.append(contentsOf: value.utf16)
            index += length
        }
    }

    /// Turns `scratch` (UTF-16) into the token's value, transcoding to UTF-8 by hand (much
    /// faster than `String(decoding:as: UTF16.self)`); keeps the code units when the value has
    /// unpaired surrogates, which `String` cannot hold.
    private mutating func finishDecodedValue(into token: inout Token) {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scratch.count + scratch.count / 2)
        var hasLoneSurrogate = false
        var index = 0
        let count = scratch.count
        while index < count {
            var value = UInt32(scratch[index])
            index += 1
            if value >= 0xD800, value <= 0xDFFF {
                if value <= 0xDBFF, index < count, scratch[index] >= 0xDC00, scratch[index] <= 0xDFFF {
                    value = 0x10000 + ((value - 0xD800) << 10) + (UInt32(scratch[index]) - 0xDC00)
                    index += 1
                } else {
                    hasLoneSurrogate = true
                    value = 0xFFFD
                }
            }
            switch value {
            case 0..<0x80:
                utf8.append(UInt8(value))
            case 0x80..<0x800:
                utf8.append(UInt8(0xC0 | (value >> 6)))
                utf8.append(UInt8(0x80 | (value & 0x3F)))
            case 0x800..<0x10000:
                utf8.append(UInt8(0xE0 | (value >> 12)))
                utf8.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                utf8.append(UInt8(0x80 | (value & 0x3F)))
            default:
                utf8.append(UInt8(0xF0 | (value >> 18)))
                utf8.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
                utf8.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                utf8.append(UInt8(0x80 | (value & 0x3F)))
            }
        }
        token.valueIndex = store(String(decoding: utf8, as: UTF8.self))
        if hasLoneSurrogate {
            token.payloadIndex = store(TokenPayload(codeUnits: scratch))
        }
    }

    /// Decodes one escape after its `\` into `scratch`. Returns (rather than throws) errors that
    /// a tagged template tolerates; throws only for malformed input it cannot skip over.
    private mutating func readEscape(inTemplate: Bool, legacyOctal: inout Bool) throws(LexerError) -> LexerError? {
        let escapeStart = position - 1
        guard position < bytes.count else {
            return inTemplate ? LexerError(offset: bytes.count, message: "Unexpected end of input") : LexerError(offset: escapeStart, message: LexerError.invalidToken)
        }
        let current = bytes[position]
        position += 1
        switch current {
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "v"): scratch.append(0x0B)
        case 0x0D:
            if byte(at: position) == 0x0A { position += 1 }
        case 0x0A:
            break
        case UInt8(ascii: "x"):
            guard let high = Lexer.hexValue(byte(at: position)), let low = Lexer.hexValue(byte(at: position + 1)) else {
                return LexerError(offset: escapeStart, message: "Invalid hexadecimal escape sequence")
            }
            position += 2
            scratch.append(UInt16(high * 16 + low))
        case UInt8(ascii: "u"):
            let value: UInt32?
            do {
                value = try readUnicodeEscapeValue()
            } catch {
                if inTemplate { return error }
                throw error
            }
            guard let value else { return LexerError(offset: escapeStart, message: "Invalid Unicode escape sequence") }
            if value > 0xFFFF, let scalar = Unicode.Scalar(value) {
                scratch.append(contentsOf: scalar.utf16)
            } else {
                scratch.append(UInt16(truncatingIfNeeded: value))
            }
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            let next = byte(at: position)
            if current == UInt8(ascii: "0"), !(next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9")) {
                scratch.append(0)
                break
            }
            if inTemplate {
                return LexerError(offset: escapeStart + 1, message: "Octal escape sequences are not allowed in template strings.")
            }
            legacyOctal = true
            var value = UInt32(current - UInt8(ascii: "0"))
            let maxDigits = current <= UInt8(ascii: "3") ? 3 : 2
            var digits = 1
            while digits < maxDigits, byte(at: position) >= UInt8(ascii: "0"), byte(at: position) <= UInt8(ascii: "7") {
                value = value * 8 + UInt32(byte(at: position) - UInt8(ascii: "0"))
                position += 1
                digits += 1
            }
            scratch.append(UInt16(value))
        case UInt8(ascii: "8"), UInt8(ascii: "9"):
            if inTemplate {
                return LexerError(offset: escapeStart + 1, message: "\\8 and \\9 are not allowed in template strings.")
            }
            legacyOctal = true
            scratch.append(UInt16(current))
        case 0xE2 where byte(at: position) == 0x80 && (byte(at: position + 1) == 0xA8 || byte(at: position + 1) == 0xA9):
            // Line continuation with U+2028/U+2029.
            position += 2
        default:
            if current < 0x80 {
                scratch.append(UInt16(current))
            } else {
                position -= 1
                let (scalar, length) = decodeScalar(at: position)
                scratch.append(contentsOf: (scalar ?? "\u{FFFD}").utf16)
                position += length
            }
        }
        return nil
    }
}
