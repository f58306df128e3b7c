import SlingrDiagnostics

/// Reads RFC 8259 JSON from bytes into `JSONValue`s that remember where they came from.
///
/// Errors say what was expected (`expected ',' or '}' after object member`) and name the usual
/// mistakes outright: trailing commas, comments, single quotes, unquoted keys, control characters,
/// bad escapes, invalid UTF-8, leading zeros, `NaN`. Those mistakes are reported and then read
/// past, so one run shows all of them and the tree is still usable; anything else stops the parse.
/// Nesting is limited to `maximumDepth` so hostile input cannot exhaust the stack.
public struct JSONParser {
    /// Deepest nesting of arrays and objects accepted. Real descriptors stay under 15.
    public static let defaultMaximumDepth = 512

    /// Rule id of syntax errors; byte-order marks have their own, as they are only a warning.
    public static let syntaxRule = JSONSyntaxRule.description.id
    public static let byteOrderMarkRule = ByteOrderMarkRule.description.id

    /// Parses a whole file. `value` is `nil` only when an error stopped the parse.
    public static func parse(_ source: SourceFile, maximumDepth: Int = defaultMaximumDepth) -> JSONParseResult {
        source.bytes.withUnsafeBufferPointer { buffer in
            var parser = Reader(bytes: buffer, source: source, maximumDepth: maximumDepth)
            return parser.parseDocument()
        }
    }

    /// Convenience for text held in memory (tests, standard input, generated files).
    public static func parse(_ text: String, path: String = "<input>") -> JSONParseResult {
        parse(SourceFile(path: path, text: text))
    }
}

/// The outcome of a parse: the tree when one could be built, and every problem found.
public struct JSONParseResult: Sendable {
    public var value: JSONValue?
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Thrown inside the reader to abandon the parse after a fatal error (already recorded).
private struct Abandon: Error {}

private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let source: SourceFile
    let maximumDepth: Int
    var position = 0
    var depth = 0
    var diagnostics: [Diagnostic] = []

    init(bytes: UnsafeBufferPointer<UInt8>, source: SourceFile, maximumDepth: Int) {
        self.bytes = bytes
        self.source = source
        self.maximumDepth = maximumDepth
    }

    mutating func parseDocument() -> JSONParseResult {
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
            report("file is UTF-16 encoded; JSON files must be UTF-8", at: 0, length: 2)
            return JSONParseResult(value: nil, diagnostics: diagnostics)
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            diagnostics.append(Diagnostic(
                ruleId: JSONParser.byteOrderMarkRule, severity: .warning,
                message: ByteOrderMarkRule.message,
                in: source, range: SourceRange(start: 0, end: 3),
                fixIt: FixIt(message: "remove the byte-order mark", edits: [TextEdit(range: SourceRange(start: 0, end: 3), replacement: "")])
            ))
            position = 3
        }
        do {
            try skipWhitespace()
            guard position < bytes.count else {
                report("empty document; expected a JSON value", at: position, length: 0)
                return JSONParseResult(value: nil, diagnostics: diagnostics)
            }
            let value = try parseValue(expecting: "a JSON value")
            try skipWhitespace()
            if position < bytes.count {
                report("unexpected \(describe(at: position)) after the end of the JSON value", at: position, length: 1)
                return JSONParseResult(value: nil, diagnostics: diagnostics)
            }
            return JSONParseResult(value: value, diagnostics: diagnostics)
        } catch {
            return JSONParseResult(value: nil, diagnostics: diagnostics)
        }
    }

    // MARK: Values

    mutating func parseValue(expecting expectation: String) throws(Abandon) -> JSONValue {
        guard position < bytes.count else {
            throw fatal("unexpected end of file; expected \(expectation)", at: position, length: 0)
        }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), range: SourceRange(start: start, end: position))
        case UInt8(ascii: "'"):
            report("strings must be in double quotes, not single quotes", at: start, length: 1)
            return JSONValue(.string(try parseString()), range: SourceRange(start: start, end: position))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return try parseNumber()
        default:
            if isWordByte(bytes[position]) { return try parseWord(expecting: expectation) }
            if bytes[position] == UInt8(ascii: "]") || bytes[position] == UInt8(ascii: "}") || bytes[position] == UInt8(ascii: ",") {
                throw fatal("unexpected '\(Character(UnicodeScalar(bytes[position])))'; expected \(expectation)", at: start, length: 1)
            }
            throw fatal("unexpected \(describe(at: start)); expected \(expectation)", at: start, length: 1)
        }
    }

    mutating func enterNesting(at start: Int) throws(Abandon) {
        depth += 1
        if depth > maximumDepth {
            throw fatal("nesting is deeper than the limit of \(maximumDepth) levels", at: start, length: 1)
        }
    }

    mutating func parseObject() throws(Abandon) -> JSONValue {
        let start = position
        try enterNesting(at: start)
        defer { depth -= 1 }
        position += 1
        var members: [JSONMember] = []
        try skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return JSONValue(.object(members), range: SourceRange(start: start, end: position))
        }
        while true {
            let keyStart = position
            let key = try parseKey()
            let keyRange = SourceRange(start: keyStart, end: position)
            try skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw fatalExpected("':' after object key", at: position)
            }
            position += 1
            try skipWhitespace()
            let value = try parseValue(expecting: "a value after ':'")
            members.append(JSONMember(key: key, keyRange: keyRange, value: value))
            try skipWhitespace()
            guard position < bytes.count else { throw fatalExpected("',' or '}' after object member", at: position) }
            if bytes[position] == UInt8(ascii: "}") {
                position += 1
                return JSONValue(.object(members), range: SourceRange(start: start, end: position))
            }
            guard bytes[position] == UInt8(ascii: ",") else { throw fatalExpected("',' or '}' after object member", at: position) }
            let comma = position
            position += 1
            try skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                reportTrailingComma(at: comma, closing: "}")
                position += 1
                return JSONValue(.object(members), range: SourceRange(start: start, end: position))
            }
        }
    }

    mutating func parseArray() throws(Abandon) -> JSONValue {
        let start = position
        try enterNesting(at: start)
        defer { depth -= 1 }
        position += 1
        var items: [JSONValue] = []
        try skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return JSONValue(.array(items), range: SourceRange(start: start, end: position))
        }
        while true {
            items.append(try parseValue(expecting: "a value in the array"))
            try skipWhitespace()
            guard position < bytes.count else { throw fatalExpected("',' or ']' after array element", at: position) }
            if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return JSONValue(.array(items), range: SourceRange(start: start, end: position))
            }
            guard bytes[position] == UInt8(ascii: ",") else { throw fatalExpected("',' or ']' after array element", at: position) }
            let comma = position
            position += 1
            try skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                reportTrailingComma(at: comma, closing: "]")
                position += 1
                return JSONValue(.array(items), range: SourceRange(start: start, end: position))
            }
        }
    }

    /// An object key: a double-quoted string, or one of the mistakes read past with an error.
    mutating func parseKey() throws(Abandon) -> String {
        guard position < bytes.count else { throw fatalExpected("a string key in double quotes", at: position) }
        let byte = bytes[position]
        if byte == UInt8(ascii: "\"") { return try parseString() }
        if byte == UInt8(ascii: "'") {
            report("object keys must be in double quotes, not single quotes", at: position, length: 1)
            return try parseString()
        }
        if isWordByte(byte) {
            let start = position
            while position < bytes.count, isWordByte(bytes[position]) { position += 1 }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
            report("object keys must be strings in double quotes; found unquoted key '\(word)'", at: start, length: position - start,
                   fix: FixIt(message: "quote the key", edits: [TextEdit(range: SourceRange(start: start, end: position), replacement: "\"\(word)\"")]))
            return word
        }
        throw fatalExpected("a string key in double quotes", at: position)
    }

    /// `true`, `false`, `null`, or a named mistake (`NaN`, `Infinity`, `undefined`, `True`, ...).
    mutating func parseWord(expecting expectation: String) throws(Abandon) -> JSONValue {
        let start = position
        while position < bytes.count, isWordByte(bytes[position]) { position += 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        let range = SourceRange(start: start, end: position)
        switch word {
        case "true": return JSONValue(.bool(true), range: range)
        case "false": return JSONValue(.bool(false), range: range)
        case "null": return JSONValue(.null, range: range)
        case "NaN", "Infinity":
            report("'\(word)' is not a valid JSON value; JSON numbers must be finite", at: start, length: word.utf8.count)
            return JSONValue(.null, range: range)
        case "undefined":
            report("'undefined' is not a valid JSON value; use null or leave the key out", at: start, length: word.utf8.count)
            return JSONValue(.null, range: range)
        default:
            let lower = word.lowercased()
            if ["true", "false", "null"].contains(lower) {
                report("'\(word)' is not a valid JSON value; JSON literals are lower case: '\(lower)'", at: start, length: word.utf8.count,
                       fix: FixIt(message: "write '\(lower)'", edits: [TextEdit(range: range, replacement: lower)]))
                return JSONValue(lower == "null" ? .null : .bool(lower == "true"), range: range)
            }
            throw fatal("unexpected '\(word)'; expected \(expectation) (strings must be in double quotes)", at: start, length: word.utf8.count)
        }
    }

    // MARK: Numbers

    mutating func parseNumber() throws(Abandon) -> JSONValue {
        let start = position
        if bytes[position] == UInt8(ascii: "+") {
            report("a number cannot start with '+'", at: position, length: 1)
            position += 1
        } else if bytes[position] == UInt8(ascii: "-") {
            position += 1
            if position < bytes.count, isWordByte(bytes[position]), !isDigit(bytes[position]) {
                let wordStart = position
                while position < bytes.count, isWordByte(bytes[position]) { position += 1 }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<position]), as: UTF8.self)
                if word == "Infinity" {
                    report("'-Infinity' is not a valid JSON value; JSON numbers must be finite", at: start, length: position - start)
                    return JSONValue(.null, range: SourceRange(start: start, end: position))
                }
                throw fatal("expected a digit after '-'", at: wordStart, length: 1)
            }
        }
        let integerStart = position
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            report("a number needs a digit before the decimal point", at: position, length: 1)
        } else if position < bytes.count, bytes[position] == UInt8(ascii: "0"), position + 1 < bytes.count,
                  bytes[position + 1] == UInt8(ascii: "x") || bytes[position + 1] == UInt8(ascii: "X") {
            position += 2
            while position < bytes.count, isHexDigit(bytes[position]) { position += 1 }
            throw fatal("hexadecimal numbers are not allowed in JSON", at: start, length: position - start)
        } else {
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw fatal("expected a digit", at: position, length: position < bytes.count ? 1 : 0)
            }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
            if bytes[integerStart] == UInt8(ascii: "0"), position - integerStart > 1 {
                report("numbers cannot have leading zeros", at: integerStart, length: position - integerStart)
            }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw fatal("expected a digit after the decimal point", at: position, length: position < bytes.count ? 1 : 0)
            }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count, isDigit(bytes[position]) else {
                throw fatal("expected a digit in the exponent", at: position, length: position < bytes.count ? 1 : 0)
            }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        return JSONValue(.number(JSONNumber(text)), range: SourceRange(start: start, end: position))
    }

    // MARK: Strings

    /// Reads a string starting at its opening quote (`"` or, after an error, `'`).
    mutating func parseString() throws(Abandon) -> String {
        let quote = bytes[position]
        let start = position
        position += 1
        // Fast path: no escapes, no control characters, ASCII or valid UTF-8.
        var scan = position
        var ascii = true
        while scan < bytes.count {
            let byte = bytes[scan]
            if byte == quote || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            if byte >= 0x80 { ascii = false }
            scan += 1
        }
        if scan < bytes.count, bytes[scan] == quote {
            let content = UnsafeBufferPointer(rebasing: bytes[position..<scan])
            let decoded: String? = ascii ? String(decoding: content, as: UTF8.self) : String(validating: content, as: UTF8.self)
            if let decoded {
                position = scan + 1
                return decoded
            }
        }
        return try parseStringSlowly(quote: quote, start: start)
    }

    /// Decodes escapes and reports every problem inside the string, reading past each one.
    /// The decoded text is collected as UTF-8 bytes and turned into a `String` once, so the
    /// time is linear in the length of the string whatever the number of escapes.
    mutating func parseStringSlowly(quote: UInt8, start: Int) throws(Abandon) -> String {
        var decoded: [UInt8] = []
        while true {
            guard position < bytes.count else {
                throw fatal("unterminated string; expected '\(Character(UnicodeScalar(quote)))' before the end of the file", at: start, length: 1)
            }
            let byte = bytes[position]
            if byte == quote {
                position += 1
                return String(decoding: decoded, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") {
                Self.appendUTF8(try parseEscape(), to: &decoded)
                continue
            }
            if byte < 0x20 {
                if byte == 0x0A || byte == 0x0D {
                    throw fatal("unterminated string; a line break must be written as '\\n' inside a string", at: start, length: 1)
                }
                report("control character U+\(hex4(UInt32(byte))) must be escaped in a string", at: position, length: 1)
                decoded.append(byte)
                position += 1
                continue
            }
            if byte < 0x80 {
                decoded.append(byte)
                position += 1
                continue
            }
            let length = SourceFileScalar.length(bytes, at: position)
            if length == 0 {
                report("invalid UTF-8 byte 0x\(hex2(byte)) in string", at: position, length: 1)
                Self.appendUTF8("\u{FFFD}", to: &decoded)
                position += 1
                continue
            }
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<position + length]))
            position += length
        }
    }

    /// Appends the UTF-8 encoding of `scalar`.
    static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        UTF8.encode(scalar) { bytes.append($0) }
    }

    /// One escape sequence starting at the backslash, as the scalar it stands for.
    mutating func parseEscape() throws(Abandon) -> Unicode.Scalar {
        let start = position
        position += 1
        guard position < bytes.count else { throw fatal("unterminated string after '\\'", at: start, length: 1) }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            guard let high = readHex4() else {
                report("invalid unicode escape; '\\u' must be followed by four hexadecimal digits", at: start, length: position - start)
                return "\u{FFFD}"
            }
            if (0xD800...0xDBFF).contains(high), position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                let save = position
                position += 2
                if let low = readHex4(), (0xDC00...0xDFFF).contains(low),
                   let scalar = UnicodeScalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) {
                    return scalar
                }
                position = save
            }
            if let scalar = UnicodeScalar(high) { return scalar }
            report("unpaired surrogate '\\u\(hex4(high))' cannot be represented; it is read as U+FFFD", at: start, length: position - start)
            return "\u{FFFD}"
        default:
            let shown = byte >= 0x20 && byte < 0x7F ? "\\\(Character(UnicodeScalar(byte)))" : "\\ followed by byte 0x\(hex2(byte))"
            var hint = ""
            if byte == UInt8(ascii: "'") { hint = "; a single quote needs no escape in JSON" }
            if byte == UInt8(ascii: "x") { hint = "; use '\\u00XX' instead" }
            report("invalid escape sequence '\(shown)' in string\(hint)", at: start, length: 2)
            return byte < 0x80 ? UnicodeScalar(byte) : "\u{FFFD}"
        }
    }

    mutating func readHex4() -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = hexValue(bytes[position + offset]) else { return nil }
            value = value << 4 | digit
        }
        position += 4
        return value
    }

    // MARK: Whitespace and comments

    /// Skips JSON whitespace; comments are reported and skipped as well.
    mutating func skipWhitespace() throws(Abandon) {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09:
                position += 1
            case UInt8(ascii: "/") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "/"):
                let start = position
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
                report(JSONSyntaxRule.comment, at: start, length: position - start)
            case UInt8(ascii: "/") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "*"):
                let start = position
                position += 2
                while position + 1 < bytes.count, !(bytes[position] == UInt8(ascii: "*") && bytes[position + 1] == UInt8(ascii: "/")) {
                    position += 1
                }
                guard position + 1 < bytes.count else { throw fatal("unterminated comment (and comments are not allowed in JSON)", at: start, length: 2) }
                position += 2
                report(JSONSyntaxRule.comment, at: start, length: position - start)
            default:
                return
            }
        }
    }

    // MARK: Reporting

    mutating func report(_ message: String, at offset: Int, length: Int, fix: FixIt? = nil) {
        diagnostics.append(Diagnostic(
            ruleId: JSONParser.syntaxRule, severity: .error, message: message,
            in: source, range: SourceRange(start: offset, end: offset + length), fixIt: fix
        ))
    }

    mutating func reportTrailingComma(at comma: Int, closing: Character) {
        report(JSONSyntaxRule.trailingComma(closing), at: comma, length: 1,
               fix: FixIt(message: "remove the comma", edits: [TextEdit(range: SourceRange(start: comma, end: comma + 1), replacement: "")]))
    }

    mutating func fatal(_ message: String, at offset: Int, length: Int) -> Abandon {
        report(message, at: offset, length: length)
        return Abandon()
    }

    mutating func fatalExpected(_ expectation: String, at offset: Int) -> Abandon {
        guard offset < bytes.count else { return fatal("unexpected end of file; expected \(expectation)", at: offset, length: 0) }
        return fatal("expected \(expectation), found \(describe(at: offset))", at: offset, length: 1)
    }

    /// How the byte at `offset` is named in messages: `'x'`, `'é'`, `byte 0xFF`.
    func describe(at offset: Int) -> String {
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(UnicodeScalar(byte)))'" }
        if byte >= 0x80 {
            let length = SourceFileScalar.length(bytes, at: offset)
            if length > 0 {
                return "'" + String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self) + "'"
            }
        }
        return "byte 0x\(hex2(byte))"
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    func isHexDigit(_ byte: UInt8) -> Bool { hexValue(byte) != nil }
    func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
    }

    func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    func hex2(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    func hex4(_ value: UInt32) -> String {
        hex2(UInt8((value >> 8) & 0xFF)) + hex2(UInt8(value & 0xFF))
    }
}

/// UTF-8 sequence checks over a raw buffer, used for strings and for naming bad bytes.
enum SourceFileScalar {
    /// Length of the valid UTF-8 scalar at `index`, or 0 when the bytes there are not valid UTF-8.
    static func length(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let expected: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: expected = 2
        case 0xE0: expected = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: expected = 3
        case 0xED: expected = 3; high = 0x9F
        case 0xF0: expected = 4; low = 0x90
        case 0xF1...0xF3: expected = 4
        case 0xF4: expected = 4; high = 0x8F
        default: return 0
        }
        guard index + expected <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return 0 }
        for offset in 2..<max(2, expected) where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return expected
    }
}
