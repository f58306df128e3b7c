import SlingrDiagnostics

/// Member accesses, calls, optional chains, tagged templates, `new` and `import()`.
extension Parser {
    mutating func parseExpressionSubscripts(cover: inout CoverErrors?, noIn: Bool) throws(ParseAbort) -> Expression {
        let start = token.start
        let atom = try parseExpressionAtom(cover: &cover, noIn: noIn, forNew: false)
        // An arrow function with a block body cannot be called or accessed without parentheses.
        if case .arrowFunction = atom, previousKind != .rightParen { return atom }
        if hasExpressionErrors(cover) { return atom }
        let result = try parseSubscripts(base: atom, start: start, noCalls: false, noIn: noIn)
        if cover != nil, case .member(let member) = result {
            let memberStart = member.range.start
            if let value = cover?.parenthesizedAssign, value >= memberStart { cover?.parenthesizedAssign = -1 }
            if let value = cover?.parenthesizedBind, value >= memberStart { cover?.parenthesizedBind = -1 }
            if let value = cover?.trailingComma, value >= memberStart { cover?.trailingComma = -1 }
        }
        return result
    }

    /// Applies `.x`, `[x]`, `(args)`, `?.` and tagged templates to `base` while they follow.
    /// Nodes start at `start` (which includes the parentheses of a parenthesized base, as in acorn).
    mutating func parseSubscripts(base: Expression, start: Int, noCalls: Bool, noIn: Bool) throws(ParseAbort) -> Expression {
        var maybeAsyncArrow = false
        if case .identifier(let identifier) = base, identifier.range.end - identifier.range.start == 5,
           previousEnd == identifier.range.end, potentialArrowAt == identifier.range.start, !canInsertSemicolon,
           identifier.name == "async" {
            maybeAsyncArrow = true
        }
        var base = base
        var optionalChained = false
        // A loop: `a.b.c(d)[e]` is a chain, not nesting (only the brackets nest).
        while true {
            let optional = try eat(.questionDot)
            if noCalls, optional {
                report("Invalid optional chain from new expression", at: previousEnd - 2)
            }
            let element: Expression
            if token.kind == .leftBracket {
                try enterNesting()
                try advance()
                let property = try parseExpression()
                try expect(.rightBracket)
                leaveNesting()
                element = .member(MemberExpression(
                    object: base, property: .computed(property), isOptional: optional, range: range(from: start)
                ))
            } else if (optional && token.kind != .leftParen && token.kind != .template) || token.kind == .dot {
                if !optional { try advance() }
                let property: MemberProperty
                if token.kind == .privateName, !Parser.isSuper(base) {
                    property = .privateName(try parsePrivateIdentifier())
                } else {
                    property = .identifier(try parseIdentifierName())
                }
                element = .member(MemberExpression(object: base, property: property, isOptional: optional, range: range(from: start)))
            } else if !noCalls, token.kind == .leftParen {
                var cover: CoverErrors? = CoverErrors()
                let oldYield = yieldPosition
                let oldAwait = awaitPosition
                let oldAwaitIdentifier = awaitIdentifierPosition
                yieldPosition = 0
                awaitPosition = 0
                awaitIdentifierPosition = 0
                let arguments = try parseArguments(cover: &cover)
                if maybeAsyncArrow, !optional, !canInsertSemicolon, token.kind == .arrow {
                    checkPatternErrors(cover, isAssign: false)
                    checkYieldAwaitInDefaultParameters()
                    if awaitIdentifierPosition > 0 {
                        report("Unexpected reserved word", at: awaitIdentifierPosition)
                    }
                    yieldPosition = oldYield
                    awaitPosition = oldAwait
                    awaitIdentifierPosition = oldAwaitIdentifier
                    try advance()
                    let arrow = try parseArrowFunction(start: start, parameters: arguments, rest: nil, isAsync: true, noIn: noIn)
                    return optionalChained ? wrapChain(arrow, start: start) : arrow
                }
                try checkExpressionErrors(cover)
                if oldYield != 0 { yieldPosition = oldYield }
                if oldAwait != 0 { awaitPosition = oldAwait }
                if oldAwaitIdentifier != 0 { awaitIdentifierPosition = oldAwaitIdentifier }
                element = .call(CallExpression(callee: base, arguments: arguments, isOptional: optional, range: range(from: start)))
            } else if token.kind == .template {
                if optional || optionalChained {
                    report("Invalid tagged template on optional chain", at: token.start)
                }
                let quasi = try parseTemplate(isTagged: true)
                element = .taggedTemplate(TaggedTemplateExpression(tag: base, quasi: quasi, range: range(from: start)))
            } else {
                if optional { throw unexpected() }
                return optionalChained ? wrapChain(base, start: start) : base
            }
            if optional { optionalChained = true }
            base = element
            // Only `async(...)` directly can be the head of an async arrow.
            maybeAsyncArrow = false
        }
    }

    private mutating func wrapChain(_ expression: Expression, start: Int) -> Expression {
        .chain(ChainExpression(expression: expression, range: SourceRange(start: start, end: previousEnd)))
    }

    static func isSuper(_ expression: Expression) -> Bool {
        if case .super = expression { return true }
        return false
    }

    /// Elements up to `close`: array literal elements (holes when `allowEmpty`) or arguments.
    mutating func parseExpressionList(close: TokenKind, allowEmpty: Bool, cover: inout CoverErrors?) throws(ParseAbort) -> [ExpressionElement?] {
        let mark = storage.arrayElementStack.mark
        defer { storage.arrayElementStack.discard(from: mark) }
        var first = true
        while true {
            if token.kind == close {
                try advance()
                break
            }
            if first {
                first = false
            } else {
                try expect(.comma)
                if token.kind == close {
                    try advance()
                    break
                }
            }
            if allowEmpty, token.kind == .comma {
                storage.arrayElementStack.push(nil)
                continue
            }
            if token.kind == .ellipsis {
                let spreadStart = token.start
                try advance()
                let argument = try parseMaybeAssign(noIn: false, cover: &cover)
                storage.arrayElementStack.push(.spread(SpreadElement(argument: argument, range: range(from: spreadStart))))
                if cover != nil, token.kind == .comma, let trailing = cover?.trailingComma, trailing < 0 {
                    cover?.trailingComma = token.start
                }
            } else {
                let element = try parseMaybeAssign(noIn: false, cover: &cover)
                storage.arrayElementStack.push(.expression(element))
            }
        }
        return storage.arrayElementStack.pop(from: mark)
    }

    /// Call or `new` arguments from the `(` through the closing `)`.
    mutating func parseArguments(cover: inout CoverErrors?) throws(ParseAbort) -> [ExpressionElement] {
        try enterNesting()
        defer { leaveNesting() }
        try advance()
        let mark = storage.argumentStack.mark
        defer { storage.argumentStack.discard(from: mark) }
        var lastArgumentStart = token.start
        while !(try eat(.rightParen)) {
            if storage.argumentStack.count(since: mark) > 0 {
                // V8 names the list, at its last argument.
                if token.kind != .comma {
                    throw fail("missing ) after argument list", at: lastArgumentStart)
                }
                try expect(.comma)
                if try eat(.rightParen) { break }
            }
            lastArgumentStart = token.start
            if token.kind == .ellipsis {
                let spreadStart = token.start
                try advance()
                let argument = try parseMaybeAssign(noIn: false, cover: &cover)
                storage.argumentStack.push(.spread(SpreadElement(argument: argument, range: range(from: spreadStart))))
                if cover != nil, token.kind == .comma, let trailing = cover?.trailingComma, trailing < 0 {
                    cover?.trailingComma = token.start
                }
            } else {
                let argument = try parseMaybeAssign(noIn: false, cover: &cover)
                storage.argumentStack.push(.expression(argument))
            }
        }
        return storage.argumentStack.pop(from: mark)
    }

    // MARK: - new, import(), templates

    mutating func parseNew() throws(ParseAbort) -> Expression {
        try enterNesting()
        defer { leaveNesting() }
        let start = token.start
        let newToken = token
        try advance()
        if token.kind == .dot {
            try advance()
            let meta = Identifier(name: "new", range: SourceRange(start: newToken.start, end: newToken.end))
            let propertyToken = token
            let property = try parseIdentifierName()
            if property.name != "target" {
                throw fail("Unexpected identifier '\(property.name)'", at: property.range.start)
            } else if propertyToken.hasEscape {
                report("'new.target' must not contain escaped characters", at: start)
            } else if let current = storage.functions.last, !current.allowNewTarget {
                report("new.target expression is not allowed here", at: property.range.start)
            }
            return .metaProperty(MetaProperty(meta: meta, property: property, range: range(from: start)))
        }
        let calleeStart = token.start
        var noCover: CoverErrors?
        let atom = try parseExpressionAtom(cover: &noCover, noIn: false, forNew: true)
        let callee = try parseSubscripts(base: atom, start: calleeStart, noCalls: true, noIn: false)
        var arguments: [ExpressionElement] = []
        if token.kind == .leftParen {
            arguments = try parseArguments(cover: &noCover)
        }
        return .new(NewExpression(callee: callee, arguments: arguments, range: range(from: start)))
    }

    mutating func parseImportExpression(forNew: Bool) throws(ParseAbort) -> Expression {
        try enterNesting()
        defer { leaveNesting() }
        let start = token.start
        try advance()
        if token.kind == .leftParen, !forNew {
            try advance()
            if token.kind == .rightParen { throw unexpected() }
            let source = try parseMaybeAssign()
            var options: Expression?
            if !(try eat(.rightParen)) {
                try expect(.comma)
                if !(try eat(.rightParen)) {
                    options = try parseMaybeAssign()
                    if !(try eat(.rightParen)) {
                        try expect(.comma)
                        try expect(.rightParen)
                    }
                }
            }
            return .import(ImportExpression(source: source, options: options, range: range(from: start)))
        }
        if token.kind == .dot {
            throw fail("Cannot use 'import.meta' outside a module", at: start)
        }
        if forNew { throw fail("Cannot use new with import", at: start) }
        throw unexpected()
    }

    /// A template literal starting at the current template token.
    mutating func parseTemplate(isTagged: Bool) throws(ParseAbort) -> TemplateLiteral {
        try enterNesting()
        defer { leaveNesting() }
        let start = token.start
        var quasis = [try parseTemplateElement(isTagged: isTagged)]
        let mark = storage.expressionStack.mark
        defer { storage.expressionStack.discard(from: mark) }
        while !(quasis.last?.isTail ?? true) {
            let expressionStart = token.start
            let expression = try parseExpression()
            storage.expressionStack.push(expression)
            guard token.kind == .rightBrace else { throw fail("Missing } in template expression", at: expressionStart) }
            try rescanTemplateContinuation()
            quasis.append(try parseTemplateElement(isTagged: isTagged))
        }
        return TemplateLiteral(quasis: quasis, expressions: storage.expressionStack.pop(from: mark), range: range(from: start))
    }

    /// The current template token as an element (its range excludes the delimiters).
    private mutating func parseTemplateElement(isTagged: Bool) throws(ParseAbort) -> TemplateElement {
        guard token.kind == .template else { throw unexpected() }
        let current = token
        let contentStart = current.start + 1
        let contentEnd = current.end - (current.isTemplateTail ? 1 : 2)
        var raw = String(decoding: lexer.bytes[contentStart..<contentEnd], as: UTF8.self)
        if raw.utf8.contains(0x0D) {
            raw = raw.replacingCarriageReturns()
        }
        var cooked = lexer.value(of: current)
        if let escapeError = lexer.payload(of: current)?.templateEscapeError {
            cooked = nil
            if !isTagged {
                report(escapeError.message, at: escapeError.offset)
            }
        }
        try advance()
        return TemplateElement(
            raw: raw, cooked: cooked, cookedCodeUnits: lexer.payload(of: current)?.codeUnits, isTail: current.isTemplateTail,
            range: SourceRange(start: contentStart, end: contentEnd)
        )
    }
}

extension String {
    /// `\r\n` and lone `\r` become `\n` (the template raw-value normalisation).
    func replacingCarriageReturns() -> String {
        var result = String.UnicodeScalarView()
        var previousWasCarriageReturn = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
                previousWasCarriageReturn = true
                continue
            }
            if scalar == "\n", previousWasCarriageReturn {
                previousWasCarriageReturn = false
                continue
            }
            previousWasCarriageReturn = false
            result.append(scalar)
        }
        return String(result)
    }
}
