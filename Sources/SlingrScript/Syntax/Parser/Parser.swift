import SlingrDiagnostics

/// The recursive-descent parser behind `JavaScriptParser`: token handling, error recording and
/// recovery. The grammar lives in the extensions (`Parser+Statements`, `Parser+Expressions`, ...).
///
/// Errors are recorded with `report` (early errors: parsing goes on) or `fail` (syntax errors:
/// the returned `ParseAbort` is thrown and the nearest statement list recovers).
struct Parser {
    var lexer: Lexer
    let options: JavaScriptParser.Options
    /// The current (not yet consumed) token.
    var token = Token()
    var previousEnd = 0
    var previousKind: TokenKind = .endOfFile
    var lookahead: Token?
    /// Messages and offsets; located (line and column) only at the end, by `errors(in:)`, so a
    /// parse without errors never needs the source's line table.
    var pendingErrors: [(message: String, offset: Int)] = []
    /// Offsets already reported, so recovery does not report the same place twice.
    var reportedOffsets: Set<Int> = []
    /// Stop parsing altogether (too many errors or nesting too deep).
    var isFatal = false
    var nesting = 0
    /// Nesting from which `enterNesting` also checks the native stack (see `checkDeepNesting`).
    let guardedNesting: Int
    /// The lowest stack address the parser may reach; 0 until nesting first gets deep.
    var stackLimit: UInt = 0
    var stackBounds: StackGuard.Bounds?
    /// Open `{` (and template `${`) tokens consumed so far, so recovery can skip to the end of
    /// the statement that failed.
    var braceDepth = 0

    var strict = false
    /// Strictness of the innermost function or script. V8 reports legacy octal literals and
    /// escapes only there: class bodies are strict, but `class A { 08 }` in sloppy code is not
    /// an error (its keys, field initializers and static blocks belong to no strict function).
    var octalStrict = false
    /// Scopes, function states and list buffers (see `ParserStorage`).
    let storage: ParserStorage
    /// Open scopes are `storage.scopes[0..<scopeCount]`.
    var scopeCount = 0
    var privateNames: [PrivateNameScope] = []
    /// Start offsets where an arrow function may begin (set by `parseMaybeAssign`).
    var potentialArrowAt = -1
    /// First `yield`/`await` expression and `await` identifier inside the parameters being
    /// parsed (0 when none), for errors in arrow and function parameter defaults.
    var yieldPosition = 0
    var awaitPosition = 0
    var awaitIdentifierPosition = 0

    init(bytes: SourceBytes, options: JavaScriptParser.Options, storage: ParserStorage = ParserStorage()) {
        self.options = options
        self.storage = storage
        self.guardedNesting = min(Parser.unguardedNesting, options.maximumNestingDepth)
        // The lexer gets the storage's buffers as it is made: mutating `self.lexer` after
        // storing it made the compiler build the parser in a temporary and copy it out.
        var tables = Lexer.Tables()
        swap(&tables.values, &storage.lexerValues)
        swap(&tables.payloads, &storage.lexerPayloads)
        swap(&tables.scratch, &storage.lexerScratch)
        self.lexer = Lexer(
            source: bytes, slingrConfigReferences: options.slingrConfigReferences, tables: tables, keepsComments: options.keepsComments)
    }


    // MARK: - Entry points

    mutating func parseProgram() -> Program {
        scopeCount = 0
        enterScope(isVarScope: true)
        storage.functions.truncate(to: 0)
        storage.functions.append(
            FunctionState(allowReturn: options.allowReturnOutsideFunction, allowNewTarget: options.allowNewTarget))
        strict = options.startsStrict
        do {
            try advance()
            strict = options.startsStrict || hasUseStrictDirective(startingAt: token.start)
            octalStrict = strict
        } catch {
            recover(statementStart: 0, snapshot: snapshot())
        }
        let programStrict = strict
        let body = parseStatementList(topLevel: true, until: .endOfFile)
        return Program(body: body, isStrict: programStrict, range: SourceRange(start: 0, end: lexer.bytes.count))
    }

    mutating func parseSingleExpression() -> Expression? {
        scopeCount = 0
        enterScope(isVarScope: true)
        storage.functions.truncate(to: 0)
        storage.functions.append(FunctionState())
        do {
            try advance()
            let expression = try parseExpression()
            if token.kind != .endOfFile { throw unexpected() }
            return expression
        } catch {
            return nil
        }
    }

    var hasErrors: Bool { !pendingErrors.isEmpty }

    /// The errors in source order, located in `source` (the file that was parsed).
    func errors(in source: SourceFile) -> [SyntaxError] {
        pendingErrors.sorted { $0.offset < $1.offset }.map { SyntaxError(message: $0.message, offset: $0.offset, in: source) }
    }

    // MARK: - Tokens

    /// Consumes the current token and reads the next one.
    mutating func advance() throws(ParseAbort) {
        switch token.kind {
        case .leftBrace: braceDepth += 1
        case .rightBrace: braceDepth -= 1
        case .template: if !token.isTemplateTail { braceDepth += 1 }
        default: break
        }
        previousEnd = token.end
        previousKind = token.kind
        if let next = lookahead {
            token = next
            lookahead = nil
            return
        }
        do {
            token = try lexer.next()
        } catch {
            throw fail(error.message, at: error.offset)
        }
    }

    /// The token after the current one (read in "division" mode, which is right after the
    /// identifiers and keywords this is used with).
    mutating func peek() throws(ParseAbort) -> Token {
        if let lookahead { return lookahead }
        do {
            let next = try lexer.next()
            lookahead = next
            return next
        } catch {
            throw fail(error.message, at: error.offset)
        }
    }

    /// Re-reads the current `/` or `/=` token as a regular expression.
    mutating func rescanRegularExpression() throws(ParseAbort) {
        lookahead = nil
        do {
            token = try lexer.rescanAsRegularExpression(token)
        } catch {
            throw fail(error.message, at: error.offset)
        }
    }

    /// Re-reads the current `}` token as the continuation of a template.
    mutating func rescanTemplateContinuation() throws(ParseAbort) {
        lookahead = nil
        braceDepth -= 1
        do {
            token = try lexer.rescanTemplateContinuation(token)
        } catch {
            throw fail(error.message, at: error.offset)
        }
    }

    @inline(__always)
    mutating func eat(_ kind: TokenKind) throws(ParseAbort) -> Bool {
        if token.kind == kind {
            try advance()
            return true
        }
        return false
    }

    mutating func expect(_ kind: TokenKind) throws(ParseAbort) {
        if token.kind == kind {
            try advance()
        } else {
            throw unexpected()
        }
    }

    /// The current token is the unescaped contextual keyword `keyword`.
    @inline(__always)
    mutating func isContextual(_ keyword: ContextualKeyword) -> Bool {
        token.kind == .identifier && token.contextual == keyword && !token.hasEscape
    }

    mutating func eatContextual(_ keyword: ContextualKeyword) throws(ParseAbort) -> Bool {
        if isContextual(keyword) {
            try advance()
            return true
        }
        return false
    }

    /// Automatic semicolon insertion is possible before the current token.
    var canInsertSemicolon: Bool {
        mutating get {
            token.kind == .endOfFile || token.kind == .rightBrace || token.newlineBefore
        }
    }

    /// Consumes a `;` or accepts an automatically inserted one.
    mutating func semicolon() throws(ParseAbort) {
        if token.kind == .semicolon {
            try advance()
        } else if !canInsertSemicolon {
            throw unexpected()
        }
    }

    /// The source text of the current identifier token (decoded for escaped ones).
    mutating func identifierName(of token: Token) -> String {
        if let value = lexer.value(of: token) { return value }
        return String(decoding: lexer.bytes[token.start..<token.end], as: UTF8.self)
    }

    // MARK: - Errors

    /// Records an error and keeps parsing (early errors that do not confuse the grammar).
    mutating func report(_ message: String, at offset: Int) {
        guard !isFatal else { return }
        guard reportedOffsets.insert(offset).inserted else { return }
        pendingErrors.append((message, offset))
        if pendingErrors.count >= options.maximumErrors { isFatal = true }
    }

    /// Records an error and returns the abort to throw.
    mutating func fail(_ message: String, at offset: Int) -> ParseAbort {
        report(message, at: offset)
        return ParseAbort()
    }

    /// V8's error for an unexpected token (`Unexpected token ';'`, `Unexpected identifier 'foo'`,
    /// `Unexpected end of input`, ...) at the current token, or at the token starting at
    /// `offset`.
    mutating func unexpected(at offset: Int? = nil) -> ParseAbort {
        guard let offset, offset != token.start else { return fail(unexpectedMessage(token), at: token.start) }
        // Another token: read it again (errors only, so the cost does not matter).
        var scanner = lexer
        scanner.position = offset
        guard let other = try? scanner.next(), other.start == offset else { return fail("Invalid or unexpected token", at: offset) }
        return fail(unexpectedMessage(other, in: &scanner), at: offset)
    }

    /// How V8 names `token` when it is not expected there.
    mutating func unexpectedMessage(_ token: Token) -> String {
        unexpectedMessage(token, in: &lexer)
    }

    private func unexpectedMessage(_ token: Token, in lexer: inout Lexer) -> String {
        let source = String(decoding: lexer.bytes[token.start..<token.end], as: UTF8.self)
        switch token.kind {
        case .endOfFile: return "Unexpected end of input"
        case .number, .bigint: return "Unexpected number"
        case .string: return "Unexpected string"
        case .template: return "Unexpected template string"
        case .regularExpression: return "Unexpected regular expression"
        case .privateName: return "Unexpected identifier '\(source)'"
        case .kwEnum: return "Unexpected reserved word"
        case .identifier:
            let name = lexer.value(of: token) ?? source
            let keyword = ContextualKeyword.classify(name: name)
            if token.hasEscape, Lexer.isReservedWord(name) || keyword.isStrictReserved || keyword == .await {
                return "Keyword must not contain escaped characters"
            }
            switch keyword {
            // V8 has tokens of their own for these three.
            case .async, .get, .set: return "Unexpected token '\(name)'"
            case .await: return "Unexpected reserved word"
            default:
                if strict, keyword.isStrictReserved { return "Unexpected strict mode reserved word" }
                return "Unexpected identifier '\(name)'"
            }
        default:
            return "Unexpected token '\(source)'"
        }
    }

    /// Counts one level of real nesting (see `JavaScriptParser.Options.maximumNestingDepth`);
    /// past the limit, reports it at the current token (the one that opens the level too many)
    /// and stops parsing. Chains (`a + b + c`, `a.b.c`, `f()()`, `else if`) never call this.
    @inline(__always)
    mutating func enterNesting() throws(ParseAbort) {
        nesting += 1
        if nesting > guardedNesting { try checkDeepNesting() }
    }

    /// Nesting shallower than this never needs a look at the stack.
    static let unguardedNesting = 64

    /// Past `unguardedNesting`: the configured limit, and the native stack. A release build
    /// needs about 2 KB of stack per level (1,000 levels fit easily in the usual 8 MB), a debug
    /// build several times that; on a thread with a small stack the parser stops before the
    /// stack runs out rather than crash.
    @inline(never)
    private mutating func checkDeepNesting() throws(ParseAbort) {
        if nesting > options.maximumNestingDepth { throw nestingTooDeep() }
        if stackLimit == 0 { stackLimit = StackGuard.limit(cache: &stackBounds) }
        if StackGuard.currentAddress() < stackLimit {
            report(JavaScriptParser.stackExhaustedMessage(levels: nesting), at: token.start)
            isFatal = true
            throw ParseAbort()
        }
    }

    @inline(__always)
    mutating func leaveNesting() {
        nesting -= 1
    }

    @inline(never)
    private mutating func nestingTooDeep() -> ParseAbort {
        report(JavaScriptParser.nestingMessage(limit: options.maximumNestingDepth), at: token.start)
        isFatal = true
        return ParseAbort()
    }

    // MARK: - Recovery

    struct Snapshot {
        var scopes: Int
        var functions: Int
        var privateNames: Int
        var labels: Int
        var strict: Bool
        var octalStrict: Bool
        var nesting: Int
        var braceDepth: Int
    }

    mutating func snapshot() -> Snapshot {
        Snapshot(
            scopes: scopeCount, functions: storage.functions.count, privateNames: privateNames.count,
            labels: storage.functions.isEmpty ? 0 : storage.functions[storage.functions.count - 1].labels.count, strict: strict, octalStrict: octalStrict, nesting: nesting, braceDepth: braceDepth
        )
    }

    /// After a failed statement: restores the context saved in `snapshot` and skips tokens to
    /// a point where the next statement probably starts. Always makes progress.
    mutating func recover(statementStart: Int, snapshot: Snapshot) {
        if scopeCount > snapshot.scopes { scopeCount = snapshot.scopes }
        storage.functions.truncate(to: snapshot.functions)
        if privateNames.count > snapshot.privateNames {
            privateNames.removeLast(privateNames.count - snapshot.privateNames)
        }
        if let last = storage.functions.indices.last, storage.functions[last].labels.count > snapshot.labels {
            storage.functions[last].labels.removeLast(storage.functions[last].labels.count - snapshot.labels)
        }
        strict = snapshot.strict
        octalStrict = snapshot.octalStrict
        nesting = snapshot.nesting
        yieldPosition = 0
        awaitPosition = 0
        awaitIdentifierPosition = 0
        guard !isFatal else { return }
        var unclosed = max(0, braceDepth - snapshot.braceDepth)
        braceDepth = snapshot.braceDepth
        var progressed = token.start > statementStart
        while true {
            switch token.kind {
            case .endOfFile:
                return
            case .semicolon where unclosed == 0:
                skipToken()
                return
            case .rightBrace:
                if unclosed > 0 {
                    unclosed -= 1
                } else if braceDepth > 0 {
                    // Closes the enclosing block, whose statement list ends here.
                    return
                }
            case .leftBrace:
                unclosed += 1
            case .template where !token.isTemplateTail:
                unclosed += 1
            default:
                if progressed, unclosed == 0, token.newlineBefore, Parser.startsStatement(token) { return }
            }
            skipToken()
            progressed = true
        }
    }

    /// Moves past the current token during recovery. Lexer errors met while skipping the rest
    /// of a failed statement are not reported: they are mostly consequences of the first error
    /// (a template's `}` read as a brace, say), and one mistake should give one error. The
    /// lexer resumes after the offending character.
    private mutating func skipToken() {
        previousEnd = token.end
        previousKind = token.kind
        lookahead = nil
        while true {
            do {
                token = try lexer.next()
                return
            } catch {
                lexer.position = min(lexer.bytes.count, max(lexer.position, error.offset + 1))
            }
        }
    }

    /// Keywords that begin a statement: recovery resumes at one that starts a line.
    static func startsStatement(_ token: Token) -> Bool {
        switch token.kind {
        case .kwVar, .kwConst, .kwFunction, .kwClass, .kwIf, .kwFor, .kwWhile, .kwDo, .kwReturn,
             .kwTry, .kwSwitch, .kwThrow, .kwBreak, .kwContinue:
            return true
        case .identifier:
            return token.contextual == .let && !token.hasEscape
        default:
            return false
        }
    }
}
