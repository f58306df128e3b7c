import SlingrDiagnostics

/// Where a statement appears, for the rules about declarations in single-statement positions
/// (`if (x) function f() {}` is Annex B sloppy-mode syntax; `while (x) let y;` is an error).
enum StatementContext {
    case none
    /// The body of an `if`/`else`.
    case `if`
    /// The body of a label at statement-list level.
    case label
    /// Loop and `with` bodies, and labels inside any single-statement position.
    case other

    var labeled: StatementContext {
        switch self {
        case .none, .label: return .label
        case .if, .other: return .other
        }
    }
}

extension Parser {
    /// Parses statements until `end` (or the end of input), recovering after errors. The
    /// leading string-literal statements are marked as directives when `directives` is set.
    mutating func parseStatementList(topLevel: Bool, until end: TokenKind, directives: Bool = true) -> [Statement] {
        let mark = storage.statementStack.mark
        var inPrologue = directives
        while !isFatal, token.kind != end, token.kind != .endOfFile {
            let start = token.start
            let saved = snapshot()
            do {
                var statement = try parseStatement(context: .none, topLevel: topLevel)
                if inPrologue {
                    if let directive = directiveStatement(statement) {
                        statement = .expression(directive)
                    } else {
                        inPrologue = false
                    }
                }
                storage.statementStack.push(statement)
            } catch {
                inPrologue = false
                recover(statementStart: start, snapshot: saved)
            }
        }
        return storage.statementStack.pop(from: mark)
    }

    /// The statement rebuilt with its `directive` text, if it is an unparenthesized string literal.
    mutating func directiveStatement(_ statement: Statement) -> ExpressionStatement? {
        guard case .expression(let expressionStatement) = statement,
              case .literal(let literal) = expressionStatement.expression,
              case .string = literal.value,
              literal.range.start == expressionStatement.range.start else { return nil }
        let raw = String(decoding: lexer.bytes[(literal.range.start + 1)..<(literal.range.end - 1)], as: UTF8.self)
        return ExpressionStatement(expression: expressionStatement.expression, directive: raw, range: expressionStatement.range)
    }

    /// Looks ahead (without consuming) for a `"use strict"` directive in the prologue starting
    /// at `offset`, so strictness applies before the body's tokens are parsed.
    mutating func hasUseStrictDirective(startingAt offset: Int) -> Bool {
        useStrictDirective(startingAt: offset) != nil
    }

    /// Where the `"use strict"` directive of the prologue starting at `offset` is, if any.
    mutating func useStrictDirective(startingAt offset: Int) -> Int? {
        // Fast path: most bodies do not start with a string (spaces and comments aside).
        var index = offset
        while index < lexer.bytes.count, lexer.bytes[index] == UInt8(ascii: " ") || lexer.bytes[index] == 0x0A
                || lexer.bytes[index] == 0x0D || lexer.bytes[index] == 0x09 {
            index += 1
        }
        if index < lexer.bytes.count, lexer.bytes[index] != UInt8(ascii: "'"), lexer.bytes[index] != UInt8(ascii: "\""),
           lexer.bytes[index] != UInt8(ascii: "/"), lexer.bytes[index] < 0x80 {
            return nil
        }
        var scanner = lexer
        scanner.recordsValues = false
        scanner.position = offset
        guard var current = try? scanner.next() else { return nil }
        while current.kind == .string {
            guard let next = try? scanner.next() else { return nil }
            let endsStatement = next.kind == .semicolon || next.kind == .rightBrace || next.kind == .endOfFile
                || (next.newlineBefore && !Parser.continuesExpression(next.kind))
            guard endsStatement else { return nil }
            if current.end - current.start == 12,
               lexer.bytes[(current.start + 1)..<(current.end - 1)].elementsEqual("use strict".utf8) {
                return current.start
            }
            if next.kind == .semicolon {
                guard let following = try? scanner.next() else { return nil }
                current = following
            } else {
                current = next
            }
        }
        return nil
    }

    /// Tokens that continue an expression across a line break (so no semicolon is inserted).
    static func continuesExpression(_ kind: TokenKind) -> Bool {
        if kind.binaryPrecedence > 0 || kind.isAssignment { return true }
        switch kind {
        case .leftParen, .leftBracket, .dot, .questionDot, .template, .comma, .question: return true
        default: return false
        }
    }

    // MARK: - Statements

    mutating func parseStatement(context: StatementContext, topLevel: Bool = false) throws(ParseAbort) -> Statement {
        // A statement in a list does not nest; the body of `if`, a loop, `with` or a label does
        // (once: a block body counts as its braces).
        let nests = context != .none && token.kind != .leftBrace
        if nests { try enterNesting() }
        defer { if nests { leaveNesting() } }
        let start = token.start
        switch token.kind {
        case .kwBreak, .kwContinue:
            return try parseBreakContinue(start: start)
        case .kwDebugger:
            try advance()
            try semicolon()
            return .debugger(DebuggerStatement(range: range(from: start)))
        case .kwDo:
            return try parseDoWhile(start: start)
        case .kwFor:
            return try parseFor(start: start)
        case .kwFunction:
            if context != .none, strict || (context != .if && context != .label) {
                throw functionInSingleStatementContext(context)
            }
            try advance()
            return .function(try parseFunction(start: start, isStatement: true, isAsync: false, isHanging: context != .none))
        case .kwClass:
            if context != .none { throw unexpected() }
            return .class(try parseClass(start: start, isStatement: true))
        case .kwIf:
            return try parseIf(start: start)
        case .kwReturn:
            return try parseReturn(start: start)
        case .kwSwitch:
            return try parseSwitch(start: start)
        case .kwThrow:
            try advance()
            if token.newlineBefore { throw fail("Illegal newline after throw", at: previousEnd) }
            let argument = try parseExpression()
            try semicolon()
            return .throw(ThrowStatement(argument: argument, range: range(from: start)))
        case .kwTry:
            return try parseTry(start: start)
        case .kwConst, .kwVar:
            if context != .none, token.kind == .kwConst { throw unexpected() }
            let kind: VariableKind = token.kind == .kwVar ? .var : .const
            try advance()
            let declaration = try parseVariableDeclarations(start: start, kind: kind, inFor: false)
            try semicolon()
            return .variable(VariableDeclaration(declarations: declaration, kind: kind, range: range(from: start)))
        case .kwWhile:
            return try parseWhile(start: start)
        case .kwWith:
            if strict { report("Strict mode code may not include a with statement", at: start) }
            try advance()
            let object = try parseParenthesizedExpression()
            let body = try parseStatement(context: .other)
            return .with(WithStatement(object: object, body: body, range: range(from: start)))
        case .leftBrace:
            return .block(try parseBlock())
        case .semicolon:
            try advance()
            return .empty(EmptyStatement(range: range(from: start)))
        case .kwExport:
            throw unexpected()
        case .kwImport:
            let next = try peek()
            if next.kind != .leftParen, next.kind != .dot {
                throw fail("Cannot use import statement outside a module", at: start)
            }
        case .identifier:
            if context != .none, isContextual(.let) {
                let next = try peek()
                if next.kind == .leftBracket || (next.kind == .identifier || next.kind == .leftBrace) && !next.newlineBefore {
                    throw fail("Lexical declaration cannot appear in a single-statement context", at: start)
                }
            }
            if try isLetDeclaration(context: context) {
                try advance()
                let declaration = try parseVariableDeclarations(start: start, kind: .let, inFor: false)
                try semicolon()
                return .variable(VariableDeclaration(declarations: declaration, kind: .let, range: range(from: start)))
            }
            if try isAsyncFunction() {
                if context != .none {
                    throw fail("Async functions can only be declared at the top level or inside a block.", at: start)
                }
                try advance()
                try advance()
                return .function(try parseFunction(start: start, isStatement: true, isAsync: true, isHanging: false))
            }
        default:
            break
        }
        let startedWithIdentifier = token.kind == .identifier
        let expression = try parseExpression()
        if startedWithIdentifier, case .identifier(let identifier) = expression, token.kind == .colon,
           identifier.range.start == start {
            try advance()
            return try parseLabeledStatement(start: start, label: identifier, context: context)
        }
        try semicolon()
        return .expression(ExpressionStatement(expression: expression, range: range(from: start)))
    }

    private mutating func functionInSingleStatementContext(_ context: StatementContext) -> ParseAbort {
        if strict {
            return fail("In strict mode code, functions can only be declared at top level or inside a block.", at: token.start)
        }
        return fail("In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.", at: token.start)
    }

    mutating func range(from start: Int) -> SourceRange {
        SourceRange(start: start, end: previousEnd)
    }

    /// `let` starts a declaration (rather than being an identifier) before `[`, `{` or a name
    /// (as in V8, a reserved word after `let` leaves `let` an identifier: `let \n if (x) {}`).
    mutating func isLetDeclaration(context: StatementContext) throws(ParseAbort) -> Bool {
        guard isContextual(.let) else { return false }
        let next = try peek()
        if next.kind == .leftBracket { return true }
        if context != .none { return false }
        return next.kind == .leftBrace || next.kind == .identifier
    }

    /// `async function` with no line break in between.
    mutating func isAsyncFunction() throws(ParseAbort) -> Bool {
        guard isContextual(.async) else { return false }
        let next = try peek()
        return next.kind == .kwFunction && !next.newlineBefore
    }

    mutating func parseBlock(newScope: Bool = true, directives: Bool = false) throws(ParseAbort) -> BlockStatement {
        try enterNesting()
        defer { leaveNesting() }
        let start = token.start
        try expect(.leftBrace)
        if newScope { enterScope() }
        let body = parseStatementList(topLevel: false, until: .rightBrace, directives: directives)
        if isFatal { throw ParseAbort() }
        try expect(.rightBrace)
        if newScope { exitScope() }
        return BlockStatement(body: body, range: range(from: start))
    }

    mutating func parseParenthesizedExpression() throws(ParseAbort) -> Expression {
        try expect(.leftParen)
        let expression = try parseExpression()
        try expect(.rightParen)
        return expression
    }

    private mutating func parseBreakContinue(start: Int) throws(ParseAbort) -> Statement {
        let isBreak = token.kind == .kwBreak
        try advance()
        var label: Identifier?
        if token.kind == .semicolon {
            try advance()
        } else if !canInsertSemicolon {
            guard token.kind == .identifier else { throw unexpected() }
            label = try parseIdentifier()
            try semicolon()
        }
        let labels = storage.functions[storage.functions.count - 1].labels
        if let label {
            // V8: an unknown label, or `continue` to a label that is not a loop's.
            if let entry = labels.last(where: { $0.name == label.name }) {
                if !isBreak, entry.kind != .loop {
                    report("Illegal continue statement: '\(label.name)' does not denote an iteration statement", at: label.range.start)
                }
            } else {
                report("Undefined label '\(label.name)'", at: label.range.start)
            }
        } else if isBreak, !labels.contains(where: { $0.kind != .other }) {
            report("Illegal break statement", at: start)
        } else if !isBreak, !labels.contains(where: { $0.kind == .loop }) {
            report("Illegal continue statement: no surrounding iteration statement", at: start)
        }
        let nodeRange = range(from: start)
        return isBreak ? .break(BreakStatement(label: label, range: nodeRange))
            : .continue(ContinueStatement(label: label, range: nodeRange))
    }

    mutating func pushLabel(_ entry: LabelEntry) {
        storage.functions[storage.functions.count - 1].labels.append(entry)
    }

    mutating func popLabel() {
        _ = storage.functions[storage.functions.count - 1].labels.popLast()
    }

    private mutating func parseDoWhile(start: Int) throws(ParseAbort) -> Statement {
        try advance()
        pushLabel(LabelEntry(name: nil, kind: .loop, statementStart: -1))
        let body = try parseStatement(context: .other)
        popLabel()
        try expect(.kwWhile)
        let test = try parseParenthesizedExpression()
        _ = try eat(.semicolon)
        return .doWhile(DoWhileStatement(body: body, test: test, range: range(from: start)))
    }

    private mutating func parseWhile(start: Int) throws(ParseAbort) -> Statement {
        try advance()
        let test = try parseParenthesizedExpression()
        pushLabel(LabelEntry(name: nil, kind: .loop, statementStart: -1))
        let body = try parseStatement(context: .other)
        popLabel()
        return .while(WhileStatement(test: test, body: body, range: range(from: start)))
    }

    /// `if`, and `else if` chains in a loop: each `if` of the chain is the alternate of the one
    /// before in the tree, but the chain is not nesting in the source.
    private mutating func parseIf(start: Int) throws(ParseAbort) -> Statement {
        try advance()
        let test = try parseParenthesizedExpression()
        let consequent = try parseStatement(context: .if)
        guard try eat(.kwElse) else {
            return .if(IfStatement(test: test, consequent: consequent, alternate: nil, range: range(from: start)))
        }
        guard token.kind == .kwIf else {
            let alternate = try parseStatement(context: .if)
            return .if(IfStatement(test: test, consequent: consequent, alternate: alternate, range: range(from: start)))
        }
        var branches: [(start: Int, test: Expression, consequent: Statement)] = [(start, test, consequent)]
        var alternate: Statement?
        while true {
            let branchStart = token.start
            try advance()
            let branchTest = try parseParenthesizedExpression()
            let branchConsequent = try parseStatement(context: .if)
            branches.append((branchStart, branchTest, branchConsequent))
            guard try eat(.kwElse) else { break }
            if token.kind != .kwIf {
                alternate = try parseStatement(context: .if)
                break
            }
        }
        let end = previousEnd
        for branch in branches.reversed() {
            alternate = .if(IfStatement(
                test: branch.test, consequent: branch.consequent, alternate: alternate,
                range: SourceRange(start: branch.start, end: end)))
        }
        guard let chain = alternate else { throw unexpected() }
        return chain
    }

    private mutating func parseReturn(start: Int) throws(ParseAbort) -> Statement {
        if !storage.functions[storage.functions.count - 1].allowReturn {
            report("Illegal return statement", at: start)
        }
        try advance()
        var argument: Expression?
        if token.kind == .semicolon {
            try advance()
        } else if !canInsertSemicolon {
            argument = try parseExpression()
            try semicolon()
        }
        return .return(ReturnStatement(argument: argument, range: range(from: start)))
    }

    private mutating func parseSwitch(start: Int) throws(ParseAbort) -> Statement {
        try enterNesting()
        defer { leaveNesting() }
        try advance()
        let discriminant = try parseParenthesizedExpression()
        try expect(.leftBrace)
        pushLabel(LabelEntry(name: nil, kind: .switch, statementStart: -1))
        enterScope()
        let casesMark = storage.switchCaseStack.mark
        defer { storage.switchCaseStack.discard(from: casesMark) }
        var sawDefault = false
        while token.kind != .rightBrace {
            let caseStart = token.start
            var test: Expression?
            if try eat(.kwCase) {
                test = try parseExpression()
            } else if token.kind == .kwDefault {
                if sawDefault { report("More than one default clause in switch statement", at: caseStart) }
                sawDefault = true
                try advance()
            } else {
                throw unexpected()
            }
            try expect(.colon)
            let consequentMark = storage.statementStack.mark
            defer { storage.statementStack.discard(from: consequentMark) }
            while token.kind != .kwCase, token.kind != .kwDefault, token.kind != .rightBrace {
                if token.kind == .endOfFile { throw unexpected() }
                let statementStart = token.start
                let saved = snapshot()
                do {
                    let statement = try parseStatement(context: .none)
                    storage.statementStack.push(statement)
                } catch {
                    recover(statementStart: statementStart, snapshot: saved)
                    if isFatal { throw ParseAbort() }
                }
            }
            let consequent = storage.statementStack.pop(from: consequentMark)
            storage.switchCaseStack.push(SwitchCase(test: test, consequent: consequent, range: range(from: caseStart)))
        }
        let cases = storage.switchCaseStack.pop(from: casesMark)
        exitScope()
        popLabel()
        try advance()
        return .switch(SwitchStatement(discriminant: discriminant, cases: cases, range: range(from: start)))
    }

    private mutating func parseTry(start: Int) throws(ParseAbort) -> Statement {
        try advance()
        let block = try parseBlock()
        var handler: CatchClause?
        if token.kind == .kwCatch {
            let catchStart = token.start
            try advance()
            var parameter: Pattern?
            if try eat(.leftParen) {
                let binding = try parseBindingAtom()
                var isSimple = false
                if case .identifier = binding { isSimple = true }
                enterScope()
                if isSimple { storage.scopes[scopeCount - 1].isSimpleCatch = true }
                checkBindingPattern(binding, kind: isSimple ? .simpleCatch : .lexical)
                try expect(.rightParen)
                parameter = binding
            } else {
                enterScope()
            }
            let body = try parseBlock(newScope: false)
            exitScope()
            handler = CatchClause(param: parameter, body: body, range: range(from: catchStart))
        }
        let finalizer = try eat(.kwFinally) ? try parseBlock() : nil
        if handler == nil, finalizer == nil {
            report("Missing catch or finally after try", at: block.range.end - 1)
        }
        return .try(TryStatement(block: block, handler: handler, finalizer: finalizer, range: range(from: start)))
    }

    private mutating func parseLabeledStatement(start: Int, label: Identifier, context: StatementContext) throws(ParseAbort) -> Statement {
        let labels = storage.functions[storage.functions.count - 1].labels
        if labels.contains(where: { $0.name == label.name }) {
            report("Label '\(label.name)' has already been declared", at: label.range.start)
        }
        let kind: LabelEntry.Kind
        switch token.kind {
        case .kwFor, .kwWhile, .kwDo: kind = .loop
        case .kwSwitch: kind = .switch
        default: kind = .other
        }
        var index = labels.count - 1
        while index >= 0, storage.functions[storage.functions.count - 1].labels[index].statementStart == start {
            storage.functions[storage.functions.count - 1].labels[index].statementStart = token.start
            storage.functions[storage.functions.count - 1].labels[index].kind = kind
            index -= 1
        }
        pushLabel(LabelEntry(name: label.name, kind: kind, statementStart: token.start))
        let body = try parseStatement(context: context.labeled)
        popLabel()
        return .labeled(LabeledStatement(label: label, body: body, range: range(from: start)))
    }
}
