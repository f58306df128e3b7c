import SlingrDiagnostics
import Testing
@testable import SlingrScript

/// The lexer on its own, and the parser's regex/division and template decisions through it.
@Suite("Lexer")
struct LexerTests {
    /// Token kinds of `text` read with plain `next()` (division mode throughout).
    static func kinds(_ text: String) throws -> [TokenKind] {
        var lexer = Lexer(bytes: Array(text.utf8))
        var kinds: [TokenKind] = []
        while true {
            let token = try lexer.next()
            if token.kind == .endOfFile { return kinds }
            kinds.append(token.kind)
        }
    }

    /// The regular-expression literals the parser found in `text`, as source slices.
    static func regexes(in text: String) -> [String] {
        let source = SourceFile(path: "t.js", text: text)
        let result = JavaScriptParser.parseProgram(source)
        var found: [String] = []
        SyntaxWalker.walk(result.tree) { node in
            if let literal = node as? Literal, case .regex = literal.value {
                found.append(String(decoding: source.bytes[literal.range.start..<literal.range.end], as: UTF8.self))
            }
            return true
        }
        return found
    }

    @Test("punctuators are read longest first")
    func punctuators() throws {
        #expect(try Self.kinds(">>>= >>> >>= >> >= > ?.x ?.5 ?? ??= ** **= ... => === !== &&= ||=") == [
            .shiftRightUnsignedAssign, .shiftRightUnsigned, .shiftRightAssign, .shiftRight, .greaterThanEqual,
            .greaterThan, .questionDot, .identifier, .question, .number, .questionQuestion, .questionQuestionAssign,
            .starStar, .starStarAssign, .ellipsis, .arrow, .equalEqualEqual, .notEqualEqual,
            .ampersandAmpersandAssign, .barBarAssign,
        ])
    }

    @Test("keywords, contextual keywords and escaped keywords")
    func keywords() throws {
        var lexer = Lexer(bytes: Array("if let async v\\u0061r café".utf8))
        let ifToken = try lexer.next()
        #expect(ifToken.kind == .kwIf)
        let letToken = try lexer.next()
        #expect(letToken.kind == .identifier && letToken.contextual == .let)
        let asyncToken = try lexer.next()
        #expect(asyncToken.contextual == .async)
        let escaped = try lexer.next()
        #expect(escaped.kind == .identifier && escaped.hasEscape && lexer.value(of: escaped) == "var")
        let unicode = try lexer.next()
        #expect(unicode.kind == .identifier && lexer.value(of: unicode) == "café")
    }

    @Test("numbers: radixes, separators, BigInt and legacy octal")
    func numbers() throws {
        let cases: [(String, Double)] = [
            ("0", 0), ("42", 42), ("1_000", 1_000), ("0x1F", 31), ("0o17", 15), ("0b101", 5), (".5", 0.5),
            ("5.", 5), ("1e3", 1_000), ("2.5E-1", 0.25), ("017", 15), ("019", 19), ("9007199254740993", 9_007_199_254_740_992),
        ]
        for (text, value) in cases {
            var lexer = Lexer(bytes: Array(text.utf8))
            let token = try lexer.next()
            #expect(token.kind == .number && token.number == value, "\(text)")
            #expect(token.legacyOctal == (text == "017" || text == "019"), "\(text)")
        }
        var bigint = Lexer(bytes: Array("0xFFFFFFFFFFFFFFFFFFn".utf8))
        let big = try bigint.next()
        #expect(big.kind == .bigint && bigint.value(of: big) == "4722366482869645213695")
        for invalid in ["1__0", "1_", "0_1", "08_1", "01n", "1.5n", "3in", "0x", "1e"] {
            var lexer = Lexer(bytes: Array(invalid.utf8))
            #expect(throws: LexerError.self, "\(invalid)") { _ = try lexer.next() }
        }
    }

    @Test("string escapes are decoded, unpaired surrogates kept as code units")
    func strings() throws {
        let text = #"'a\tb\x41\u0042\u{1F600}\101\"# + "\n" + #"c' "\uD800""#
        var lexer = Lexer(bytes: Array(text.utf8))
        let first = try lexer.next()
        #expect(lexer.value(of: first) == "a\tbAB😀Ac")
        #expect(first.legacyOctal)
        let second = try lexer.next()
        #expect(lexer.payload(of: second)?.codeUnits == [0xD800])
        #expect(lexer.value(of: second) == "\u{FFFD}")
    }

    @Test("comments, HTML-like comments and line terminators")
    func comments() throws {
        #expect(try Self.kinds("a // line\nb /* block */ c <!-- html\n--> close\nd") == [.identifier, .identifier, .identifier, .identifier])
        var lexer = Lexer(bytes: Array("a /*\n*/ b".utf8))
        _ = try lexer.next()
        #expect(try lexer.next().newlineBefore)
        var separator = Lexer(bytes: Array("a\u{2028}b".utf8))
        _ = try separator.next()
        #expect(try separator.next().newlineBefore)
    }

    @Test("a slash after ')' of an if is a regex; after a call's ')' it is division")
    func regexAfterParenthesis() {
        #expect(Self.regexes(in: "if (x) /re/.test(y)") == ["/re/"])
        #expect(Self.regexes(in: "while (x) /a/g.exec(s)") == ["/a/g"])
        #expect(Self.regexes(in: "f(x) / 2 / g") == [])
        #expect(Self.regexes(in: "(a) / b / c") == [])
    }

    @Test("a slash after '}' of a block is a regex; after an object literal it is division")
    func regexAfterBrace() {
        #expect(Self.regexes(in: "{}\n/re/g.lastIndex") == ["/re/g"])
        #expect(Self.regexes(in: "function f() {}\n/re/.source") == ["/re/"])
        #expect(Self.regexes(in: "x = {} / 1 / y") == [])
        #expect(Self.regexes(in: "x = function () {} / 1 / y") == [])
    }

    @Test("a slash after postfix ++ is division; after prefix ++ of a new line it is a regex")
    func regexAfterIncrement() {
        #expect(Self.regexes(in: "x = i++ / 2 / y") == [])
        #expect(Self.regexes(in: "x = a\n++/re/.lastIndex") == ["/re/"])
    }

    @Test("regexes after keywords and operators, division after values")
    func regexAfterKeywords() {
        #expect(Self.regexes(in: "x = typeof /a/; y = void /b/; function f() { return /c/ }") == ["/a/", "/b/", "/c/"])
        #expect(Self.regexes(in: "function* g() { yield /d/ }") == ["/d/"])
        #expect(Self.regexes(in: "x = [/e/, /f/]; y = a ? /g/ : /h/") == ["/e/", "/f/", "/g/", "/h/"])
        #expect(Self.regexes(in: "x = this / 2 / y; z = a.b / c / d; w = 10 / 2 / 1") == [])
        #expect(Self.regexes(in: "x /= 2; y = /=/") == ["/=/"])
        #expect(Self.regexes(in: "x = /[/]/ ; y = /a\\/b/") == ["/[/]/", "/a\\/b/"])
    }

    @Test("templates nest, and a '}' inside a substitution's object does not end it")
    func templateNesting() throws {
        let source = "x = `a${ `b${ {c: 1}.c }d` }e${ f({}) }g`"
        let result = JavaScriptParser.parseProgram(source)
        #expect(result.isValid)
        var cooked: [String?] = []
        SyntaxWalker.walk(result.tree) { node in
            if let element = node as? TemplateElement { cooked.append(element.cooked) }
            return true
        }
        #expect(cooked == ["a", "b", "d", "e", "g"])
    }

    @Test("template raw values normalise line endings; invalid escapes are allowed only when tagged")
    func templateValues() throws {
        let result = JavaScriptParser.parseProgram("tag`a\r\nb\\u{`")
        #expect(result.isValid)
        var elements: [TemplateElement] = []
        SyntaxWalker.walk(result.tree) { node in
            if let element = node as? TemplateElement { elements.append(element) }
            return true
        }
        #expect(elements.map(\.raw) == ["a\nb\\u{"])
        #expect(elements.map(\.cooked) == [nil])
        #expect(JavaScriptParser.parseProgram("x = `\\u{`").errors.map(\.message) == ["Invalid Unicode escape sequence"])
    }

    @Test("automatic semicolon insertion and its restricted productions")
    func automaticSemicolons() throws {
        func statements(_ text: String) -> [String] {
            JavaScriptParser.parseProgram(text).tree.body.map(\.node.estreeType)
        }
        #expect(statements("a\nb") == ["ExpressionStatement", "ExpressionStatement"])
        #expect(statements("a\n(b)") == ["ExpressionStatement"])
        #expect(statements("a\n++b") == ["ExpressionStatement", "ExpressionStatement"])
        #expect(statements("function f() { return\n1 }")[0] == "FunctionDeclaration")
        let returned = JavaScriptParser.parseProgram("function f() { return\n1 }").tree
        if case .function(let function) = returned.body[0], case .block(let body) = function.body,
           case .return(let statement) = body.body[0] {
            #expect(statement.argument == nil)
        } else {
            Issue.record("expected a function with a return statement")
        }
        #expect(JavaScriptParser.parseProgram("throw\nnew Error()").errors.map(\.message) == ["Illegal newline after throw"])
        #expect(JavaScriptParser.parseProgram("x = a\n=> 1").errors.map(\.description) == ["Unexpected token '=>' (2:0)"])
        #expect(JavaScriptParser.parseProgram("do x; while (y) z").isValid)
        #expect(JavaScriptParser.parseProgram("a b").errors.map(\.description) == ["Unexpected identifier 'b' (1:2)"])
        #expect(JavaScriptParser.parseProgram("loop: for (;;) { break\nloop }").isValid)
    }

    @Test("@config becomes the identifier config only when enabled and never inside literals")
    func configReferences() throws {
        var enabled = Lexer(bytes: Array("@config.entity '@config' `@config` /@config/".utf8), slingrConfigReferences: true)
        let reference = try enabled.next()
        #expect(reference.kind == .identifier && enabled.value(of: reference) == "config" && reference.start == 0 && reference.end == 7)
        var disabled = Lexer(bytes: Array("@config".utf8))
        #expect(throws: LexerError.self) { _ = try disabled.next() }
        var longer = Lexer(bytes: Array("@configuration".utf8), slingrConfigReferences: true)
        #expect(throws: LexerError.self) { _ = try longer.next() }
    }

    @Test("lexer errors carry V8's messages")
    func lexerErrors() {
        let cases: [(String, String)] = [
            ("'abc", "Invalid or unexpected token (1:0)"),
            ("`abc", "Unexpected end of input (1:4)"),
            ("/abc", "Invalid regular expression: missing / (1:0)"),
            ("/* abc", "Invalid or unexpected token (1:0)"),
            ("'\\x1'", "Invalid hexadecimal escape sequence (1:1)"),
            ("'\\u{110000}'", "Undefined Unicode code-point (1:1)"),
            ("#", "Invalid or unexpected token (1:0)"),
            ("a\\u0020", "Invalid or unexpected token (1:1)"),
            ("/a/gg", "Invalid regular expression flags (1:0)"),
            ("/a/x", "Invalid regular expression flags (1:0)"),
            ("1a", "Invalid or unexpected token (1:0)"),
            ("0x", "Invalid or unexpected token (1:0)"),
        ]
        for (text, expected) in cases {
            #expect(JavaScriptParser.parseProgram(text).errors.first?.description == expected, "\(text)")
        }
    }
}
