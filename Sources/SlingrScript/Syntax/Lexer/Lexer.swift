import SlingrDiagnostics

/// Turns UTF-8 source bytes into JavaScript tokens, one at a time, on the parser's demand.
///
/// The lexer works on `[UInt8]` and slices identifiers lazily, so lexing does no per-character
/// `String` work. It is context-free except where JavaScript is not: the parser decides when a
/// `/` starts a regular expression (`rescanAsRegularExpression`) and when a `}` resumes a
/// template (`rescanTemplateContinuation`); by default `next()` reads `/` as division.
struct Lexer {
    let bytes: SourceBytes
    /// Offset of the next unread byte.
    var position: Int
    /// Rewrite `@config` to the identifier `config` (Slingr configuration expressions).
    let slingrConfigReferences: Bool
    /// Reusable buffer for decoding strings with escapes.
    var scratch: [UInt16] = []
    /// Decoded token values, referenced by `Token.valueIndex`.
    var values: [String] = []
    /// Rare token data, referenced by `Token.payloadIndex`.
    var payloads: [TokenPayload] = []
    /// False for throwaway copies that only look ahead (so they never copy `values`).
    var recordsValues = true
    /// Ranges of the comments passed, in order, when the parser was asked to keep them (lint
    /// reads suppression comments from them); `nil` otherwise, which costs nothing.
    var comments: [SourceRange]?

    init(bytes: [UInt8], slingrConfigReferences: Bool = false) {
        self.init(source: SourceBytes(bytes), slingrConfigReferences: slingrConfigReferences)
    }

    /// A lexer of `source`; `tables` lends it the buffers of an earlier parse to fill (see
    /// `ParserStorage`), `keepsComments` makes it record comment ranges.
    init(source: SourceBytes, slingrConfigReferences: Bool = false, tables: Tables = Tables(), keepsComments: Bool = false) {
        self.bytes = source
        self.slingrConfigReferences = slingrConfigReferences
        self.values = tables.values
        self.payloads = tables.payloads
        self.scratch = tables.scratch
        if keepsComments { comments = [] }
        self.position = 0
        // A hashbang line (`#!/usr/bin/env node`) at the very start is a comment.
        if source.count >= 2, source[0] == UInt8(ascii: "#"), source[1] == UInt8(ascii: "!") {
            position = 2
            skipLineComment()
        }
    }

    /// The lexer's growable buffers, handed from one parse to the next.
    struct Tables {
        var values: [String] = []
        var payloads: [TokenPayload] = []
        var scratch: [UInt16] = []
    }

    /// Stores a decoded value for a token; returns its index.
    mutating func store(_ value: String) -> Int32 {
        guard recordsValues else { return -1 }
        values.append(value)
        return Int32(truncatingIfNeeded: values.count - 1)
    }

    mutating func store(_ payload: TokenPayload) -> Int32 {
        guard recordsValues else { return -1 }
        payloads.append(payload)
        return Int32(truncatingIfNeeded: payloads.count - 1)
    }

    mutating func value(of token: Token) -> String? {
        token.valueIndex >= 0 && Int(token.valueIndex) < values.count ? values[Int(token.valueIndex)] : nil
    }

    mutating func payload(of token: Token) -> TokenPayload? {
        token.payloadIndex >= 0 && Int(token.payloadIndex) < payloads.count ? payloads[Int(token.payloadIndex)] : nil
    }

    @inline(__always)
    mutating func byte(at index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    /// Reads the next token; `/` and `/=` are read as division operators.
    mutating func next() throws(LexerError) -> Token {
        var token = Token()
        token.newlineBefore = try skipTrivia()
        token.start = position
        guard position < bytes.count else {
            token.kind = .endOfFile
            token.end = position
            return token
        }
        let first = bytes[position]
        switch first {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "$"), UInt8(ascii: "_"), UInt8(ascii: "\\"):
            try scanIdentifierOrKeyword(into: &token)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            try scanNumber(into: &token)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            try scanString(into: &token, quote: first)
        case UInt8(ascii: "`"):
            position += 1
            try scanTemplatePart(into: &token, partStart: token.start)
        case 0x80...0xFF:
            let (scalar, length) = decodeScalar(at: position)
            if let scalar, Lexer.isIdentifierStart(scalar) {
                try scanIdentifierOrKeyword(into: &token)
            } else {
                throw LexerError(offset: position, message: LexerError.invalidToken)
            }
            _ = length
        default:
            try scanPunctuator(into: &token, first: first)
        }
        token.end = position
        return token
    }

    /// Re-reads a token that `next()` lexed as `/` or `/=` as a regular-expression literal.
    mutating func rescanAsRegularExpression(_ token: Token) throws(LexerError) -> Token {
        position = token.start
        var result = token
        try scanRegularExpression(into: &result)
        result.end = position
        return result
    }

    /// Re-reads a `}` token that closes a template substitution as the next template part.
    mutating func rescanTemplateContinuation(_ token: Token) throws(LexerError) -> Token {
        position = token.start + 1
        var result = Token()
        result.start = token.start
        result.newlineBefore = token.newlineBefore
        try scanTemplatePart(into: &result, partStart: token.start)
        result.end = position
        return result
    }

    // MARK: - Trivia

    /// Skips white space and comments; returns whether a line terminator was crossed.
    mutating func skipTrivia() throws(LexerError) -> Bool {
        var sawNewline = false
        let count = bytes.count
        while position < count {
            var current = bytes[position]
            // Runs of spaces and tabs (indentation) are most of the trivia: a tight loop, which
            // the zero padding after the source ends at the latest.
            while current == UInt8(ascii: " ") || current == 0x09 {
                position += 1
                current = bytes[position]
            }
            switch current {
            case 0x0B, 0x0C:
                position += 1
            case 0x0A, 0x0D:
                position += 1
                sawNewline = true
            case UInt8(ascii: "/"):
                let following = byte(at: position + 1)
                if following == UInt8(ascii: "/") {
                    let start = position
                    position += 2
                    skipLineComment()
                    recordComment(from: start)
                } else if following == UInt8(ascii: "*") {
                    let start = position
                    if try skipBlockComment() { sawNewline = true }
                    recordComment(from: start)
                } else {
                    return sawNewline
                }
            case UInt8(ascii: "<"):
                // Annex B: `<!--` starts a single-line comment in scripts.
                if byte(at: position + 1) == UInt8(ascii: "!"), byte(at: position + 2) == UInt8(ascii: "-"),
                   byte(at: position + 3) == UInt8(ascii: "-") {
                    position += 4
                    skipLineComment()
                } else {
                    return sawNewline
                }
            case UInt8(ascii: "-"):
                // Annex B: `-->` at the start of a line (or of the input) is a single-line comment.
                if byte(at: position + 1) == UInt8(ascii: "-"), byte(at: position + 2) == UInt8(ascii: ">"),
                   sawNewline || isAtStartOfInput() {
                    position += 3
                    skipLineComment()
                } else {
                    return sawNewline
                }
            case 0xC2, 0xE1, 0xE2, 0xE3, 0xEF:
                let (scalar, length) = decodeScalar(at: position)
                guard let scalar else { return sawNewline }
                if Lexer.isLineTerminator(scalar) {
                    sawNewline = true
                } else if !Lexer.isNonASCIIWhiteSpace(scalar) {
                    return sawNewline
                }
                position += length
            default:
                return sawNewline
            }
        }
        return sawNewline
    }

    /// Keeps the comment that started at `start` and ends at `position`, once (lookahead may
    /// pass the same comment again).
    private mutating func recordComment(from start: Int) {
        guard comments != nil, (comments?.last?.end ?? -1) <= start else { return }
        comments?.append(SourceRange(start: start, end: position))
    }

    /// True when only white space and comments precede `position` (for `-->` on the first line).
    private mutating func isAtStartOfInput() -> Bool {
        var index = 0
        // Only the hashbang-free, trivia-only prefix qualifies; a cheap check suffices because
        // any token before `position` makes this false.
        while index < position {
            let current = bytes[index]
            if current == UInt8(ascii: " ") || current == 0x09 || current == 0x0B || current == 0x0C {
                index += 1
                continue
            }
            if current == UInt8(ascii: "/"), byte(at: index + 1) == UInt8(ascii: "*") {
                var cursor = index + 2
                while cursor + 1 < position, !(bytes[cursor] == UInt8(ascii: "*") && bytes[cursor + 1] == UInt8(ascii: "/")) {
                    cursor += 1
                }
                index = cursor + 2
                continue
            }
            return false
        }
        return true
    }

    /// Skips to the end of the line (the terminator itself is left for `skipTrivia`).
    mutating func skipLineComment() {
        let count = bytes.count
        while position < count {
            let current = bytes[position]
            if current == 0x0A || current == 0x0D { return }
            if current == 0xE2, byte(at: position + 1) == 0x80,
               byte(at: position + 2) == 0xA8 || byte(at: position + 2) == 0xA9 {
                return
            }
            position += 1
        }
    }

    /// Skips `/* ... */`; returns whether the comment contains a line terminator.
    mutating func skipBlockComment() throws(LexerError) -> Bool {
        let start = position
        position += 2
        var sawNewline = false
        let count = bytes.count
        while position < count {
            let current = bytes[position]
            if current == UInt8(ascii: "*"), byte(at: position + 1) == UInt8(ascii: "/") {
                position += 2
                return sawNewline
            }
            if current == 0x0A || current == 0x0D {
                sawNewline = true
            } else if current == 0xE2, byte(at: position + 1) == 0x80,
                      byte(at: position + 2) == 0xA8 || byte(at: position + 2) == 0xA9 {
                sawNewline = true
            }
            position += 1
        }
        throw LexerError(offset: start, message: LexerError.invalidToken)
    }

    // MARK: - Punctuators

    private mutating func scanPunctuator(into token: inout Token, first: UInt8) throws(LexerError) {
        // `position` is before the end, so these look-aheads stay within the zero padding.
        let second = bytes[position + 1]
        let third = bytes[position + 2]
        var length = 1
        let kind: TokenKind
        switch first {
        case UInt8(ascii: "{"): kind = .leftBrace
        case UInt8(ascii: "}"): kind = .rightBrace
        case UInt8(ascii: "("): kind = .leftParen
        case UInt8(ascii: ")"): kind = .rightParen
        case UInt8(ascii: "["): kind = .leftBracket
        case UInt8(ascii: "]"): kind = .rightBracket
        case UInt8(ascii: ";"): kind = .semicolon
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: ":"): kind = .colon
        case UInt8(ascii: "~"): kind = .tilde
        case UInt8(ascii: "."):
            if second >= UInt8(ascii: "0"), second <= UInt8(ascii: "9") {
                try scanNumber(into: &token)
                return
            }
            if second == UInt8(ascii: "."), third == UInt8(ascii: ".") { kind = .ellipsis; length = 3 } else { kind = .dot }
        case UInt8(ascii: "?"):
            if second == UInt8(ascii: "?") {
                if third == UInt8(ascii: "=") { kind = .questionQuestionAssign; length = 3 } else { kind = .questionQuestion; length = 2 }
            } else if second == UInt8(ascii: "."), !(third >= UInt8(ascii: "0") && third <= UInt8(ascii: "9")) {
                kind = .questionDot; length = 2
            } else {
                kind = .question
            }
        case UInt8(ascii: "="):
            if second == UInt8(ascii: ">") { kind = .arrow; length = 2 }
            else if second == UInt8(ascii: "=") {
                if third == UInt8(ascii: "=") { kind = .equalEqualEqual; length = 3 } else { kind = .equalEqual; length = 2 }
            } else { kind = .assign }
        case UInt8(ascii: "!"):
            if second == UInt8(ascii: "=") {
                if third == UInt8(ascii: "=") { kind = .notEqualEqual; length = 3 } else { kind = .notEqual; length = 2 }
            } else { kind = .bang }
        case UInt8(ascii: "+"):
            if second == UInt8(ascii: "+") { kind = .plusPlus; length = 2 }
            else if second == UInt8(ascii: "=") { kind = .plusAssign; length = 2 }
            else { kind = .plus }
        case UInt8(ascii: "-"):
            if second == UInt8(ascii: "-") { kind = .minusMinus; length = 2 }
            else if second == UInt8(ascii: "=") { kind = .minusAssign; length = 2 }
            else { kind = .minus }
        case UInt8(ascii: "*"):
            if second == UInt8(ascii: "*") {
                if third == UInt8(ascii: "=") { kind = .starStarAssign; length = 3 } else { kind = .starStar; length = 2 }
            } else if second == UInt8(ascii: "=") { kind = .starAssign; length = 2 }
            else { kind = .star }
        case UInt8(ascii: "/"):
            if second == UInt8(ascii: "=") { kind = .slashAssign; length = 2 } else { kind = .slash }
        case UInt8(ascii: "%"):
            if second == UInt8(ascii: "=") { kind = .percentAssign; length = 2 } else { kind = .percent }
        case UInt8(ascii: "<"):
            if second == UInt8(ascii: "<") {
                if third == UInt8(ascii: "=") { kind = .shiftLeftAssign; length = 3 } else { kind = .shiftLeft; length = 2 }
            } else if second == UInt8(ascii: "=") { kind = .lessThanEqual; length = 2 }
            else { kind = .lessThan }
        case UInt8(ascii: ">"):
            if second == UInt8(ascii: ">") {
                if third == UInt8(ascii: ">") {
                    if bytes[position + 3] == UInt8(ascii: "=") { kind = .shiftRightUnsignedAssign; length = 4 }
                    else { kind = .shiftRightUnsigned; length = 3 }
                } else if third == UInt8(ascii: "=") { kind = .shiftRightAssign; length = 3 }
                else { kind = .shiftRight; length = 2 }
            } else if second == UInt8(ascii: "=") { kind = .greaterThanEqual; length = 2 }
            else { kind = .greaterThan }
        case UInt8(ascii: "&"):
            if second == UInt8(ascii: "&") {
                if third == UInt8(ascii: "=") { kind = .ampersandAmpersandAssign; length = 3 } else { kind = .ampersandAmpersand; length = 2 }
            } else if second == UInt8(ascii: "=") { kind = .ampersandAssign; length = 2 }
            else { kind = .ampersand }
        case UInt8(ascii: "|"):
            if second == UInt8(ascii: "|") {
                if third == UInt8(ascii: "=") { kind = .barBarAssign; length = 3 } else { kind = .barBar; length = 2 }
            } else if second == UInt8(ascii: "=") { kind = .barAssign; length = 2 }
            else { kind = .bar }
        case UInt8(ascii: "^"):
            if second == UInt8(ascii: "=") { kind = .caretAssign; length = 2 } else { kind = .caret }
        case UInt8(ascii: "#"):
            try scanPrivateName(into: &token)
            return
        case UInt8(ascii: "@"):
            if slingrConfigReferences, try scanConfigReference(into: &token) { return }
            throw LexerError(offset: position, message: LexerError.invalidToken)
        default:
            throw LexerError(offset: position, message: LexerError.invalidToken)
        }
        token.kind = kind
        position += length
    }

    // MARK: - UTF-8

    /// Decodes the scalar at `index`; nil (length 1) for malformed UTF-8.
    @inline(__always)
    mutating func decodeScalar(at index: Int) -> (Unicode.Scalar?, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let count = bytes.count
        var value: UInt32
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return (nil, 1)
        }
        guard index + length <= count else { return (nil, 1) }
        for offset in 1..<length {
            let continuation = bytes[index + offset]
            guard continuation & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : (length == 3 ? 0x800 : 0x10000)
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return (nil, 1) }
        return (scalar, length)
    }

    static func isLineTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// JavaScript white space outside ASCII: NBSP, BOM and the `Zs` space separators.
    static func isNonASCIIWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0, 0xFEFF, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
