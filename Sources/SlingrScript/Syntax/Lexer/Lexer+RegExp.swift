extension Lexer {
    /// Scans `/pattern/flags` at `position` (on the `/`), then validates the pattern as V8 does
    /// at parse time.
    mutating func scanRegularExpression(into token: inout Token) throws(LexerError) {
        let start = position
        position += 1
        let patternStart = position
        var inClass = false
        let count = bytes.count
        while true {
            guard position < count else {
                throw LexerError(offset: start, message: "Invalid regular expression: missing /")
            }
            let current = bytes[position]
            if current == 0x0A || current == 0x0D || isUnicodeLineTerminator(at: position) {
                throw LexerError(offset: start, message: "Invalid regular expression: missing /")
            }
            if current == UInt8(ascii: "\\") {
                position += 1
                guard position < count, bytes[position] != 0x0A, bytes[position] != 0x0D,
                      !isUnicodeLineTerminator(at: position) else {
                    throw LexerError(offset: start, message: "Invalid regular expression: missing /")
                }
                position += 1
                continue
            }
            if current == UInt8(ascii: "[") {
                inClass = true
            } else if current == UInt8(ascii: "]") {
                inClass = false
            } else if current == UInt8(ascii: "/"), !inClass {
                break
            }
            position += 1
        }
        let patternEnd = position
        position += 1
        let flagsStart = position
        while position < count {
            let current = bytes[position]
            if Lexer.isASCIIIdentifierPart(current) {
                position += 1
            } else if current == UInt8(ascii: "\\") {
                throw LexerError(offset: start, message: "Invalid regular expression flags")
            } else if current >= 0x80, let scalar = decodeScalar(at: position).0, Lexer.isIdentifierPart(scalar) {
                throw LexerError(offset: start, message: "Invalid regular expression flags")
            } else {
                break
            }
        }
        let flagsText = String(decoding: bytes[flagsStart..<position], as: UTF8.self)
        guard let flags = RegExpFlags(flagsText) else {
            throw LexerError(offset: start, message: "Invalid regular expression flags")
        }
        let pattern = String(decoding: bytes[patternStart..<patternEnd], as: UTF8.self)
        switch RegExpParser.parse(pattern, flags: flags) {
        case .success(let tree):
            token.kind = .regularExpression
            token.valueIndex = store(pattern)
            token.payloadIndex = store(TokenPayload(regExp: RegExpLiteral(pattern: pattern, flags: flags, tree: tree)))
        case .failure(let error):
            throw LexerError(offset: start, message: "Invalid regular expression: /\(pattern)/\(flagsText): \(error.message)")
        }
    }

    private mutating func isUnicodeLineTerminator(at index: Int) -> Bool {
        bytes[index] == 0xE2 && byte(at: index + 1) == 0x80 && (byte(at: index + 2) == 0xA8 || byte(at: index + 2) == 0xA9)
    }
}
