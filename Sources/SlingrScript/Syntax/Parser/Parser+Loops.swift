import SlingrDiagnostics

/// `for` statements in all their forms, and variable declarations (shared with `for` heads).
extension Parser {
    /// The declarators after `var`/`let`/`const`; in a `for` head, `in` is not an operator in
    /// initializers and a missing initializer is allowed before `in`/`of`.
    mutating func parseVariableDeclarations(start: Int, kind: VariableKind, inFor: Bool) throws(ParseAbort) -> [VariableDeclarator] {
        let mark = storage.declaratorStack.mark
        defer { storage.declaratorStack.discard(from: mark) }
        repeat {
            let declaratorStart = token.start
            let id = try parseBindingAtom()
            checkBindingPattern(id, kind: kind == .var ? .var : .lexical)
            var initializer: Expression?
            let beforeInOrOf = inFor && (token.kind == .kwIn || isContextual(.of))
            if try eat(.assign) {
                initializer = try parseMaybeAssign(noIn: inFor)
            } else if beforeInOrOf {
            } else if case .identifier = id {
                if kind == .const { report("Missing initializer in const declaration", at: id.range.start) }
            } else {
                report("Missing initializer in destructuring declaration", at: id.range.start)
            }
            storage.declaratorStack.push(VariableDeclarator(id: id, initializer: initializer, range: range(from: declaratorStart)))
        } while try eat(.comma)
        return storage.declaratorStack.pop(from: mark)
    }

    mutating func parseFor(start: Int) throws(ParseAbort) -> Statement {
        try advance()
        var awaitAt = -1
        if isContextual(.await), canAwait {
            awaitAt = token.start
            try advance()
        }
        pushLabel(LabelEntry(name: nil, kind: .loop, statementStart: -1))
        enterScope()
        try expect(.leftParen)
        if token.kind == .semicolon {
            if awaitAt >= 0 { throw unexpected(at: awaitAt) }
            return try parseForRest(start: start, initializer: nil)
        }
        let isLet = try isLetDeclaration(context: .none)
        if token.kind == .kwVar || token.kind == .kwConst || isLet {
            let declarationStart = token.start
            let kind: VariableKind = isLet ? .let : (token.kind == .kwVar ? .var : .const)
            try advance()
            let declarators = try parseVariableDeclarations(start: declarationStart, kind: kind, inFor: true)
            let declaration = VariableDeclaration(declarations: declarators, kind: kind, range: range(from: declarationStart))
            if token.kind == .kwIn || isContextual(.of), declarators.count > 1 {
                throw fail(
                    "Invalid left-hand side in \(token.kind == .kwIn ? "for-in" : "for-of") loop: Must have a single binding.",
                    at: declarators[0].range.start)
            }
            if token.kind == .kwIn || isContextual(.of), declarators.count == 1 {
                let isIn = token.kind == .kwIn
                if isIn, awaitAt >= 0 { throw unexpected(at: awaitAt) }
                return try parseForInOf(start: start, left: .variable(declaration), isAwait: !isIn && awaitAt >= 0)
            }
            if awaitAt >= 0 { throw unexpected(at: awaitAt) }
            return try parseForRest(start: start, initializer: .variable(declaration))
        }
        let startsWithLet = isContextual(.let)
        let initializerToken = token
        var cover: CoverErrors? = CoverErrors()
        let initializer: Expression
        if awaitAt >= 0 {
            initializer = try parseExpressionSubscripts(cover: &cover, noIn: true)
        } else {
            initializer = try parseExpression(noIn: true, cover: &cover)
        }
        let isOf = isContextual(.of)
        if token.kind == .kwIn || isOf {
            if awaitAt >= 0, !isOf { throw unexpected(at: awaitAt) }
            if isOf, awaitAt < 0, case .identifier(let identifier) = initializer, identifier.name == "async",
               identifier.range.start == initializerToken.start, !initializerToken.hasEscape {
                throw fail("The left-hand side of a for-of loop may not be 'async'.", at: identifier.range.start)
            }
            if startsWithLet, isOf {
                report("The left-hand side of a for-of loop may not start with 'let'.", at: initializer.range.start)
            }
            let target = try toAssignable(initializer, isBinding: false, cover: &cover, allowCall: true, context: .forLoop)
            checkPattern(target, kind: .none)
            return try parseForInOf(start: start, left: .pattern(target), isAwait: awaitAt >= 0)
        }
        try checkExpressionErrors(cover)
        if awaitAt >= 0 { throw unexpected(at: awaitAt) }
        return try parseForRest(start: start, initializer: .expression(initializer))
    }

    private mutating func parseForRest(start: Int, initializer: ForInit?) throws(ParseAbort) -> Statement {
        try expect(.semicolon)
        let test = token.kind == .semicolon ? nil : try parseExpression()
        try expect(.semicolon)
        let update = token.kind == .rightParen ? nil : try parseExpression()
        try expect(.rightParen)
        let body = try parseStatement(context: .other)
        exitScope()
        popLabel()
        return .for(ForStatement(initializer: initializer, test: test, update: update, body: body, range: range(from: start)))
    }

    private mutating func parseForInOf(start: Int, left: ForInOfLeft, isAwait: Bool) throws(ParseAbort) -> Statement {
        let isIn = token.kind == .kwIn
        try advance()
        if case .variable(let declaration) = left, let first = declaration.declarations.first, first.initializer != nil {
            var isSimple = false
            if case .identifier = first.id { isSimple = true }
            if !isIn || strict || declaration.kind != .var || !isSimple {
                report("\(isIn ? "for-in" : "for-of") loop variable declaration may not have an initializer.", at: declaration.range.start)
            }
        }
        let right = isIn ? try parseExpression() : try parseMaybeAssign()
        try expect(.rightParen)
        let body = try parseStatement(context: .other)
        exitScope()
        popLabel()
        let nodeRange = range(from: start)
        if isIn {
            return .forIn(ForInStatement(left: left, right: right, body: body, range: nodeRange))
        }
        return .forOf(ForOfStatement(isAwait: isAwait, left: left, right: right, body: body, range: nodeRange))
    }
}
