/// One token produced by the `Lexer`. Values are decoded only when the token carries one
/// (strings, templates, escaped identifiers); plain identifiers are sliced from the source by
/// the parser when it builds a node, so lexing does no per-character `String` work.
struct Token: Sendable {
    var kind: TokenKind = .endOfFile
    /// UTF-8 byte offsets of the token text.
    var start = 0
    var end = 0
    /// A line terminator (or a comment containing one) precedes the token; drives ASI.
    var newlineBefore = false
    /// The identifier contains `\u` escapes (so it can never act as a keyword).
    var hasEscape = false
    /// The contextual keyword an unescaped identifier spells, or `.none`.
    var contextual: ContextualKeyword = .none
    /// Numbers: a legacy octal (`017`) or leading-zero decimal (`08`) literal. Strings: a legacy
    /// octal escape (`\07`) or `\8`/`\9`. Both are errors in strict mode.
    var legacyOctal = false
    /// Strings: offset of the first legacy octal escape (for the strict-mode error).
    var octalOffset = 0
    /// Templates: the part ends with `` ` `` rather than `${`.
    var isTemplateTail = false
    /// Numeric value of `.number` tokens.
    var number: Double = 0
    /// Index into `Lexer.values` of the decoded value: string contents, template cooked text
    /// (none if invalid), escaped identifier name, BigInt decimal digits, regular-expression
    /// pattern; -1 when the token has none. An index (not a `String`) keeps tokens trivially
    /// copyable, which matters because the parser copies tokens all the time.
    var valueIndex: Int32 = -1
    /// Index into `Lexer.payloads` of rarely needed data, or -1.
    var payloadIndex: Int32 = -1
}

/// Token data that only a few tokens carry.
struct TokenPayload: Sendable {
    /// Templates: the first invalid escape, reported only when the template is not tagged.
    let templateEscapeError: LexerError?
    /// Regular expressions: the parsed pattern and flags.
    let regExp: RegExpLiteral?
    /// Strings and templates whose value has unpaired surrogates: the exact code units.
    let codeUnits: [UInt16]?

    init(templateEscapeError: LexerError? = nil, regExp: RegExpLiteral? = nil, codeUnits: [UInt16]? = nil) {
        self.templateEscapeError = templateEscapeError
        self.regExp = regExp
        self.codeUnits = codeUnits
    }
}

/// Identifier spellings that act as keywords in some contexts, plus names with strict-mode rules.
enum ContextualKeyword: UInt8, Sendable {
    case none
    case `let`, `static`, `yield`, `await`, async, of, get, set, target, meta
    case implements, interface, package, `private`, protected, `public`
    case eval, arguments, constructor, proto, prototype

    /// Classifies an identifier spelling (bytes of an unescaped identifier).
    static func classify<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int) -> ContextualKeyword
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let length = end - start
        guard length >= 2, length <= 11 else { return .none }
        @inline(__always) func matches(_ word: StaticString) -> Bool {
            guard word.utf8CodeUnitCount == length else { return false }
            let pointer = word.utf8Start
            for index in 0..<length where bytes[start + index] != pointer[index] { return false }
            return true
        }
        switch bytes[start] {
        case UInt8(ascii: "l"): return matches("let") ? .let : .none
        case UInt8(ascii: "s"):
            if matches("static") { return .static }
            return matches("set") ? .set : .none
        case UInt8(ascii: "y"): return matches("yield") ? .yield : .none
        case UInt8(ascii: "a"):
            if matches("await") { return .await }
            if matches("async") { return .async }
            return matches("arguments") ? .arguments : .none
        case UInt8(ascii: "o"): return matches("of") ? .of : .none
        case UInt8(ascii: "g"): return matches("get") ? .get : .none
        case UInt8(ascii: "t"): return matches("target") ? .target : .none
        case UInt8(ascii: "m"): return matches("meta") ? .meta : .none
        case UInt8(ascii: "i"):
            if matches("implements") { return .implements }
            return matches("interface") ? .interface : .none
        case UInt8(ascii: "p"):
            if matches("package") { return .package }
            if matches("private") { return .private }
            if matches("protected") { return .protected }
            if matches("public") { return .public }
            return matches("prototype") ? .prototype : .none
        case UInt8(ascii: "e"): return matches("eval") ? .eval : .none
        case UInt8(ascii: "c"): return matches("constructor") ? .constructor : .none
        case UInt8(ascii: "_"): return matches("__proto__") ? .proto : .none
        default: return .none
        }
    }

    /// Classifies a decoded name (an `Identifier`'s), which is cheaper than comparing it with
    /// each keyword's spelling.
    static func classify(name: String) -> ContextualKeyword {
        var name = name
        return name.withUTF8 { classify($0, 0, $0.count) }
    }

    /// Names reserved only in strict mode code.
    var isStrictReserved: Bool {
        switch self {
        case .implements, .interface, .package, .private, .protected, .public, .let, .static, .yield: return true
        default: return false
        }
    }
}

/// A problem found while lexing, at a byte offset, with V8's message.
struct LexerError: Error, Sendable, Hashable {
    var offset: Int
    var message: String

    /// V8's message for most malformed tokens (unterminated strings and comments, stray
    /// characters, malformed numbers).
    static let invalidToken = "Invalid or unexpected token"
}
