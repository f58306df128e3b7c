extension Lexer {
    /// `$`, `0`-`9` as bits of the bytes 0-63, and `A`-`Z`, `_`, `a`-`z` as bits of 64-127: the
    /// identifier test is a shift and a mask, with no comparisons chain per byte.
    private static let identifierPartsLow: UInt64 = 1 << 36 | 0x3FF << 48
    private static let identifierPartsHigh: UInt64 = 0x3FF_FFFF << 1 | 1 << 31 | 0x3FF_FFFF << 33

    @inline(__always)
    static func isASCIIIdentifierPart(_ byte: UInt8) -> Bool {
        let mask = byte < 64 ? identifierPartsLow : identifierPartsHigh
        return byte < 128 && (mask >> UInt64(byte & 63)) & 1 != 0
    }

    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x24, 0x5F: return true
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        default: return scalar.properties.isIDStart
        }
    }

    static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x24, 0x5F, 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x200C, 0x200D: return true
        case 0..<0x80: return false
        default: return scalar.properties.isIDContinue
        }
    }

    /// Scans an identifier or reserved word starting at `position`.
    mutating func scanIdentifierOrKeyword(into token: inout Token) throws(LexerError) {
        let start = position
        // The zero padding after the source ends the loop (0 is not an identifier part).
        var end = start
        while Lexer.isASCIIIdentifierPart(bytes[end]) { end += 1 }
        let stop = bytes[end]
        if stop == UInt8(ascii: "\\") || stop >= 0x80 {
            try scanComplexIdentifier(into: &token)
            return
        }
        position = end
        if let keyword = Lexer.keyword(bytes.buffer, start, position) {
            token.kind = keyword
        } else {
            token.kind = .identifier
            token.contextual = ContextualKeyword.classify(bytes.buffer, start, position)
        }
    }

    /// An identifier with escapes or non-ASCII characters: decoded into `token.value`.
    private mutating func scanComplexIdentifier(into token: inout Token) throws(LexerError) {
        let name = try readIdentifierName(allowLeadingDigit: false, hasEscape: &token.hasEscape)
        token.kind = .identifier
        token.valueIndex = store(name)
        let nameBytes = Array(name.utf8)
        token.contextual = ContextualKeyword.classify(nameBytes, 0, nameBytes.count)
        if !token.hasEscape, let keyword = Lexer.keyword(nameBytes, 0, nameBytes.count) {
            token.kind = keyword
            token.valueIndex = -1
        }
    }

    /// Reads an IdentifierName (with `\u` escapes and Unicode letters) at `position`.
    mutating func readIdentifierName(allowLeadingDigit: Bool, hasEscape: inout Bool) throws(LexerError) -> String {
        var scalars = String.UnicodeScalarView()
        var first = true
        let count = bytes.count
        while position < count {
            let current = bytes[position]
            let scalar: Unicode.Scalar
            let escapeStart = position
            if current == UInt8(ascii: "\\") {
                guard byte(at: position + 1) == UInt8(ascii: "u") else {
                    throw LexerError(offset: position, message: LexerError.invalidToken)
                }
                position += 2
                guard let value = try readUnicodeEscapeValue(), let decoded = Unicode.Scalar(value) else {
                    throw LexerError(offset: escapeStart, message: "Invalid Unicode escape sequence")
                }
                guard first ? Lexer.isIdentifierStart(decoded) : Lexer.isIdentifierPart(decoded) else {
                    throw LexerError(offset: escapeStart, message: LexerError.invalidToken)
                }
                hasEscape = true
                scalar = decoded
            } else {
                let (decoded, length) = decodeScalar(at: position)
                guard let decoded, first ? Lexer.isIdentifierStart(decoded) : Lexer.isIdentifierPart(decoded) else {
                    break
                }
                position += length
                scalar = decoded
            }
            scalars.append(scalar)
            first = false
        }
        return String(scalars)
    }

    /// Reads the digits of `\uXXXX` or `\u{X...}` (after the `\u`); nil when malformed.
    /// Throws "Code point out of bounds" for `\u{...}` above U+10FFFF.
    mutating func readUnicodeEscapeValue() throws(LexerError) -> UInt32? {
        if byte(at: position) == UInt8(ascii: "{") {
            let braceStart = position
            position += 1
            var value: UInt32 = 0
            var digits = 0
            while let digit = Lexer.hexValue(byte(at: position)) {
                if value <= 0x10FFFF { value = value * 16 + digit }
                digits += 1
                position += 1
            }
            guard digits > 0, byte(at: position) == UInt8(ascii: "}") else { return nil }
            if value > 0x10FFFF {
                throw LexerError(offset: braceStart - 2, message: "Undefined Unicode code-point")
            }
            position += 1
            return value
        }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Lexer.hexValue(byte(at: position)) else { return nil }
            value = value * 16 + digit
            position += 1
        }
        return value
    }

    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// `#name`.
    mutating func scanPrivateName(into token: inout Token) throws(LexerError) {
        let hashOffset = position
        position += 1
        guard position < bytes.count else {
            throw LexerError(offset: hashOffset, message: LexerError.invalidToken)
        }
        let next = bytes[position]
        let startsName: Bool
        if next == UInt8(ascii: "\\") {
            startsName = true
        } else {
            let (scalar, _) = decodeScalar(at: position)
            startsName = scalar.map(Lexer.isIdentifierStart) ?? false
        }
        guard startsName else {
            throw LexerError(offset: hashOffset, message: LexerError.invalidToken)
        }
        var hasEscape = false
        token.valueIndex = store(try readIdentifierName(allowLeadingDigit: false, hasEscape: &hasEscape))
        token.hasEscape = hasEscape
        token.kind = .privateName
    }

    /// `@config` (not followed by an identifier character) when Slingr references are enabled.
    mutating func scanConfigReference(into token: inout Token) throws(LexerError) -> Bool {
        let word: [UInt8] = [0x63, 0x6F, 0x6E, 0x66, 0x69, 0x67] // "config"
        guard position + 1 + word.count <= bytes.count else { return false }
        for (index, letter) in word.enumerated() where bytes[position + 1 + index] != letter { return false }
        let after = position + 1 + word.count
        if after < bytes.count {
            let next = bytes[after]
            if Lexer.isASCIIIdentifierPart(next) || next == UInt8(ascii: "\\") { return false }
            if next >= 0x80, let scalar = decodeScalar(at: after).0, Lexer.isIdentifierPart(scalar) { return false }
        }
        position = after
        token.kind = .identifier
        token.valueIndex = store("config")
        return true
    }

    /// The reserved word spelled by `bytes[start..<end]`, if any.
    static func keyword<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int) -> TokenKind?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let length = end - start
        guard length >= 2, length <= 10 else { return nil }
        let first = bytes[start]
        guard first >= UInt8(ascii: "b"), first <= UInt8(ascii: "w") else { return nil }
        @inline(__always) func matches(_ word: StaticString) -> Bool {
            guard word.utf8CodeUnitCount == length else { return false }
            let pointer = word.utf8Start
            for index in 1..<length where bytes[start + index] != pointer[index] { return false }
            return true
        }
        switch first {
        case UInt8(ascii: "b"): return matches("break") ? .kwBreak : nil
        case UInt8(ascii: "c"):
            if matches("case") { return .kwCase }
            if matches("catch") { return .kwCatch }
            if matches("class") { return .kwClass }
            if matches("const") { return .kwConst }
            return matches("continue") ? .kwContinue : nil
        case UInt8(ascii: "d"):
            if matches("do") { return .kwDo }
            if matches("delete") { return .kwDelete }
            if matches("default") { return .kwDefault }
            return matches("debugger") ? .kwDebugger : nil
        case UInt8(ascii: "e"):
            if matches("else") { return .kwElse }
            if matches("enum") { return .kwEnum }
            if matches("export") { return .kwExport }
            return matches("extends") ? .kwExtends : nil
        case UInt8(ascii: "f"):
            if matches("for") { return .kwFor }
            if matches("false") { return .kwFalse }
            if matches("finally") { return .kwFinally }
            return matches("function") ? .kwFunction : nil
        case UInt8(ascii: "i"):
            if matches("if") { return .kwIf }
            if matches("in") { return .kwIn }
            if matches("import") { return .kwImport }
            return matches("instanceof") ? .kwInstanceof : nil
        case UInt8(ascii: "n"):
            if matches("new") { return .kwNew }
            return matches("null") ? .kwNull : nil
        case UInt8(ascii: "r"): return matches("return") ? .kwReturn : nil
        case UInt8(ascii: "s"):
            if matches("super") { return .kwSuper }
            return matches("switch") ? .kwSwitch : nil
        case UInt8(ascii: "t"):
            if matches("this") { return .kwThis }
            if matches("true") { return .kwTrue }
            if matches("try") { return .kwTry }
            if matches("throw") { return .kwThrow }
            return matches("typeof") ? .kwTypeof : nil
        case UInt8(ascii: "v"):
            if matches("var") { return .kwVar }
            return matches("void") ? .kwVoid : nil
        case UInt8(ascii: "w"):
            if matches("while") { return .kwWhile }
            return matches("with") ? .kwWith : nil
        default:
            return nil
        }
    }

    /// Whether `name` is a reserved word (for escaped identifiers such as `v\u0061r`).
    static func isReservedWord(_ name: String) -> Bool {
        let nameBytes = Array(name.utf8)
        return keyword(nameBytes, 0, nameBytes.count) != nil
    }
}
