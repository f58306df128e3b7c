import SlingrDiagnostics

/// Primary expressions: identifiers, literals, `this`, `super`, parenthesized expressions and
/// arrow functions, array literals, functions, classes and templates.
extension Parser {
    mutating func parseExpressionAtom(cover: inout CoverErrors?, noIn: Bool, forNew: Bool) throws(ParseAbort) -> Expression {
        let start = token.start
        let canBeArrow = potentialArrowAt == start
        switch token.kind {
        case .kwSuper:
            return try parseSuper()
        case .kwThis:
            try advance()
            return .this(ThisExpression(range: range(from: start)))
        case .identifier:
            let startToken = token
            if isContextual(.async) {
                let next = try peek()
                if next.kind == .kwFunction, !next.newlineBefore {
                    try advance()
                    try advance()
                    return .function(try parseFunction(start: start, isStatement: false, isAsync: true, isHanging: false))
                }
            }
            let identifier = try parseIdentifier()
            if canBeArrow, !canInsertSemicolon {
                if token.kind == .arrow {
                    try advance()
                    return try parseArrowFunction(
                        start: start, parameters: [.expression(.identifier(identifier))], rest: nil, isAsync: false, noIn: noIn
                    )
                }
                if startToken.contextual == .async, !startToken.hasEscape, token.kind == .identifier {
                    let oldAwaitIdentifier = awaitIdentifierPosition
                    let parameter = try parseIdentifier()
                    awaitIdentifierPosition = oldAwaitIdentifier
                    if canInsertSemicolon || token.kind != .arrow { throw unexpected() }
                    try advance()
                    return try parseArrowFunction(
                        start: start, parameters: [.expression(.identifier(parameter))], rest: nil, isAsync: true, noIn: noIn
                    )
                }
            }
            return .identifier(identifier)
        case .number, .string, .bigint, .kwNull, .kwTrue, .kwFalse:
            return .literal(try parseLiteral())
        case .slash, .slashAssign:
            try rescanRegularExpression()
            return .literal(try parseLiteral())
        case .leftParen:
            let expression = try parseParenthesizedOrArrow(canBeArrow: canBeArrow, noIn: noIn)
            if cover != nil {
                if let value = cover?.parenthesizedAssign, value < 0, !Parser.isSimpleAssignTarget(expression) {
                    cover?.parenthesizedAssign = start
                }
                if let value = cover?.parenthesizedBind, value < 0 {
                    cover?.parenthesizedBind = start
                }
            }
            return expression
        case .leftBracket:
            try enterNesting()
            defer { leaveNesting() }
            try advance()
            let elements = try parseExpressionList(close: .rightBracket, allowEmpty: true, cover: &cover)
            return .array(ArrayExpression(elements: elements, range: range(from: start)))
        case .leftBrace:
            return .object(try parseObjectLiteral(cover: &cover))
        case .kwFunction:
            try advance()
            return .function(try parseFunction(start: start, isStatement: false, isAsync: false, isHanging: false))
        case .kwClass:
            return .class(try parseClass(start: start, isStatement: false))
        case .kwNew:
            return try parseNew()
        case .template:
            return .template(try parseTemplate(isTagged: false))
        case .kwImport:
            return try parseImportExpression(forNew: forNew)
        default:
            throw unexpected()
        }
    }

    static func isSimpleAssignTarget(_ expression: Expression) -> Bool {
        switch expression {
        case .identifier, .member: return true
        default: return false
        }
    }

    private mutating func parseSuper() throws(ParseAbort) -> Expression {
        let start = token.start
        try advance()
        guard let current = storage.functions.last else { throw unexpected() }
        switch token.kind {
        case .leftParen:
            if !current.allowSuperCall {
                report("'super' keyword unexpected here", at: start)
            }
        case .dot, .leftBracket:
            if !current.allowSuperProperty {
                report("'super' keyword unexpected here", at: start)
            }
        default:
            throw unexpected()
        }
        return .super(Super(range: range(from: start)))
    }

    // MARK: - Literals

    mutating func parseLiteral() throws(ParseAbort) -> Literal {
        let current = token
        let value: LiteralValue
        switch current.kind {
        case .number:
            if current.legacyOctal, octalStrict {
                let digits = lexer.bytes[current.start..<current.end]
                let isDecimal = digits.contains(UInt8(ascii: "8")) || digits.contains(UInt8(ascii: "9"))
                    || digits.contains(UInt8(ascii: ".")) || digits.contains(UInt8(ascii: "e")) || digits.contains(UInt8(ascii: "E"))
                report(isDecimal ? "Decimals with leading zeros are not allowed in strict mode." : "Octal literals are not allowed in strict mode.", at: current.start)
            }
            value = .number(current.number)
        case .string:
            if current.legacyOctal, octalStrict {
                let escaped = lexer.byte(at: current.octalOffset + 1)
                if escaped == UInt8(ascii: "8") || escaped == UInt8(ascii: "9") {
                    report("\\8 and \\9 are not allowed in strict mode.", at: current.octalOffset)
                } else {
                    report("Octal escape sequences are not allowed in strict mode.", at: current.octalOffset + 1)
                }
            }
            value = .string(lexer.value(of: current) ?? "")
        case .bigint:
            value = .bigint(lexer.value(of: current) ?? "0")
        case .regularExpression:
            guard let regExp = lexer.payload(of: current)?.regExp else { throw unexpected() }
            value = .regex(regExp)
        case .kwNull: value = .null
        case .kwTrue: value = .boolean(true)
        case .kwFalse: value = .boolean(false)
        default: throw unexpected()
        }
        try advance()
        return Literal(value: value, codeUnits: lexer.payload(of: current)?.codeUnits, range: SourceRange(start: current.start, end: current.end))
    }

    // MARK: - Identifiers

    /// An identifier used as a binding or reference: reserved words are errors.
    mutating func parseIdentifier() throws(ParseAbort) -> Identifier {
        let current = token
        switch current.kind {
        case .identifier:
            let name = identifierName(of: current)
            // An escaped keyword is no identifier: stop here, or the words after it would be
            // reported too.
            if current.hasEscape, Lexer.isReservedWord(name) { throw fail("Keyword must not contain escaped characters", at: current.start) }
            try advance()
            let identifier = Identifier(name: name, range: SourceRange(start: current.start, end: current.end))
            // Every name the checks care about is a classified contextual keyword (or escaped).
            if current.contextual != .none || current.hasEscape {
                checkUnreserved(name: name, at: current.start, hasEscape: current.hasEscape)
                if current.contextual == .await, awaitIdentifierPosition == 0 { awaitIdentifierPosition = current.start }
            }
            return identifier
        case .kwEnum:
            report("Unexpected reserved word", at: current.start)
            try advance()
            return Identifier(name: "enum", range: SourceRange(start: current.start, end: current.end))
        default:
            if current.kind.isKeyword {
                throw unexpected()
            }
            throw unexpected()
        }
    }

    /// An IdentifierName (property names after `.`, object keys, meta properties): any
    /// identifier or reserved word.
    mutating func parseIdentifierName() throws(ParseAbort) -> Identifier {
        let current = token
        guard current.kind == .identifier || current.kind.isKeyword else { throw unexpected() }
        let name = identifierName(of: current)
        try advance()
        return Identifier(name: name, range: SourceRange(start: current.start, end: current.end))
    }

    mutating func parsePrivateIdentifier() throws(ParseAbort) -> PrivateIdentifier {
        let current = token
        guard current.kind == .privateName else { throw unexpected() }
        let name = lexer.value(of: current) ?? ""
        try advance()
        if privateNames.isEmpty {
            report("Private field '#\(name)' must be declared in an enclosing class", at: current.start)
        } else {
            privateNames[privateNames.count - 1].used.append((name, current.start))
        }
        return PrivateIdentifier(name: name, range: SourceRange(start: current.start, end: current.end))
    }

    /// The checks on identifiers used as references or bindings (acorn's `checkUnreserved`).
    mutating func checkUnreserved(name: String, at offset: Int, hasEscape: Bool) {
        guard let first = name.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return }
        if inGenerator, name == "yield" {
            report(strict ? "Unexpected strict mode reserved word" : "Unexpected identifier 'yield'", at: offset)
        }
        if inAsync, name == "await" {
            report("Unexpected reserved word", at: offset)
        }
        if let current = storage.functions.last {
            if !current.allowArguments || current.inStaticBlock, name == "arguments" {
                report("'arguments' is not allowed in class field initializer or static initialization block", at: offset)
            }
            if current.inStaticBlock, name == "await" {
                report("Unexpected reserved word", at: offset)
            }
        }
        if hasEscape, Lexer.isReservedWord(name) {
            report("Keyword must not contain escaped characters", at: offset)
            return
        }
        if name == "enum" {
            report("Unexpected reserved word", at: offset)
        }
        if strict, Parser.isStrictReserved(name) {
            report("Unexpected strict mode reserved word", at: offset)
        }
    }

    static func isStrictReserved(_ name: String) -> Bool {
        switch name {
        case "implements", "interface", "let", "package", "private", "protected", "public", "static", "yield":
            return true
        default:
            return false
        }
    }

    // MARK: - Parentheses and arrows

    /// `( ... )`: a parenthesized expression, or the parameters of an arrow function when `=>`
    /// follows.
    private mutating func parseParenthesizedOrArrow(canBeArrow: Bool, noIn: Bool) throws(ParseAbort) -> Expression {
        try enterNesting()
        defer { leaveNesting() }
        let start = token.start
        try advance()
        let innerStart = token.start
        let mark = storage.expressionStack.mark
        defer { storage.expressionStack.discard(from: mark) }
        var cover: CoverErrors? = CoverErrors()
        let oldYield = yieldPosition
        let oldAwait = awaitPosition
        yieldPosition = 0
        awaitPosition = 0
        var first = true
        var lastIsComma = false
        var spreadStart = -1
        var rest: RestElement?
        while token.kind != .rightParen {
            if first {
                first = false
            } else {
                try expect(.comma)
            }
            if token.kind == .rightParen, storage.expressionStack.count(since: mark) > 0 || rest != nil {
                lastIsComma = true
                break
            }
            if token.kind == .ellipsis {
                spreadStart = token.start
                rest = try parseRestBinding()
                if token.kind == .comma {
                    report("Rest parameter must be last formal parameter", at: token.start)
                }
                break
            }
            let expression = try parseMaybeAssign(noIn: false, cover: &cover)
            storage.expressionStack.push(expression)
        }
        let innerEnd = previousEnd
        let closeStart = token.start
        try expect(.rightParen)
        if canBeArrow, !canInsertSemicolon, token.kind == .arrow {
            checkPatternErrors(cover, isAssign: false)
            checkYieldAwaitInDefaultParameters()
            yieldPosition = oldYield
            awaitPosition = oldAwait
            try advance()
            return try parseArrowFunction(
                start: start, parameters: storage.expressionStack.pop(from: mark) { .expression($0) }, rest: rest, isAsync: false,
                noIn: noIn
            )
        }
        if storage.expressionStack.count(since: mark) == 0 || lastIsComma { throw unexpected(at: closeStart) }
        if spreadStart >= 0 { throw unexpected(at: spreadStart) }
        try checkExpressionErrors(cover)
        if oldYield != 0 { yieldPosition = oldYield }
        if oldAwait != 0 { awaitPosition = oldAwait }
        if let single = storage.expressionStack.popSingle(from: mark) { return single }
        return .sequence(SequenceExpression(
            expressions: storage.expressionStack.pop(from: mark), range: SourceRange(start: innerStart, end: innerEnd)))
    }

    // MARK: - Object literals

    mutating func parseObjectLiteral(cover: inout CoverErrors?) throws(ParseAbort) -> ObjectExpression {
        try enterNesting()
        defer { leaveNesting() }
        let start = token.start
        try advance()
        let mark = storage.objectMemberStack.mark
        defer { storage.objectMemberStack.discard(from: mark) }
        var sawProto = false
        var first = true
        while !(try eat(.rightBrace)) {
            if first {
                first = false
            } else {
                try expect(.comma)
                if try eat(.rightBrace) { break }
            }
            let member = try parseObjectMember(cover: &cover)
            if case .property(let property) = member, Parser.isProtoSetter(property) {
                if sawProto {
                    if cover != nil {
                        if let value = cover?.doubleProto, value < 0 { cover?.doubleProto = property.key.node.range.start }
                    } else {
                        report("Duplicate __proto__ fields are not allowed in object literals", at: property.key.node.range.start)
                    }
                }
                sawProto = true
            }
            storage.objectMemberStack.push(member)
        }
        return ObjectExpression(properties: storage.objectMemberStack.pop(from: mark), range: range(from: start))
    }

    /// `__proto__: value` (not shorthand, computed or a method) sets the prototype.
    static func isProtoSetter(_ property: Property) -> Bool {
        guard property.kind == .initializer, !property.isMethod, !property.isShorthand else { return false }
        switch property.key {
        case .identifier(let identifier): return identifier.name == "__proto__"
        case .literal(let literal):
            if case .string(let value) = literal.value { return value == "__proto__" }
            return false
        default: return false
        }
    }

    private mutating func parseObjectMember(cover: inout CoverErrors?) throws(ParseAbort) -> ObjectMember {
        let start = token.start
        if try eat(.ellipsis) {
            let argument = try parseMaybeAssign(noIn: false, cover: &cover)
            if token.kind == .comma, cover != nil, let trailing = cover?.trailingComma, trailing < 0 {
                cover?.trailingComma = token.start
            }
            return .spread(SpreadElement(argument: argument, range: range(from: start)))
        }
        var isGenerator = try eat(.star)
        let keyToken = token
        var key = try parsePropertyName()
        var isAsync = false
        if !isGenerator, !keyToken.hasEscape, case .identifier(let identifier) = key, identifier.name == "async",
           keyToken.kind == .identifier, !token.newlineBefore, startsPropertyName(token.kind) || token.kind == .star {
            isAsync = true
            isGenerator = try eat(.star)
            key = try parsePropertyName()
        }
        if isGenerator || isAsync, token.kind == .colon { throw unexpected() }
        if try eat(.colon) {
            let value = try parseMaybeAssign(noIn: false, cover: &cover)
            return .property(Property(key: key, value: value, kind: .initializer, isMethod: false, isShorthand: false, range: range(from: start)))
        }
        if token.kind == .leftParen {
            let method = try parseMethod(isGenerator: isGenerator, isAsync: isAsync, allowDirectSuper: false, kind: .method)
            return .property(Property(key: key, value: .function(method), kind: .initializer, isMethod: true, isShorthand: false, range: range(from: start)))
        }
        if !keyToken.hasEscape, keyToken.kind == .identifier, case .identifier(let identifier) = key,
           identifier.name == "get" || identifier.name == "set",
           token.kind != .comma, token.kind != .rightBrace, token.kind != .assign {
            if isGenerator || isAsync { throw unexpected() }
            let isGetter = identifier.name == "get"
            let accessorKey = try parsePropertyName()
            let function = try parseMethod(isGenerator: false, isAsync: false, allowDirectSuper: false, kind: isGetter ? .getter : .setter)
            checkAccessorParameters(function, isGetter: isGetter)
            return .property(Property(
                key: accessorKey, value: .function(function), kind: isGetter ? .getter : .setter,
                isMethod: false, isShorthand: false, range: range(from: start)
            ))
        }
        guard case .identifier(let identifier) = key, keyToken.kind == .identifier || keyToken.kind.isKeyword else {
            throw unexpected()
        }
        if isGenerator || isAsync { throw unexpected() }
        if keyToken.kind.isKeyword {
            throw unexpected(at: keyToken.start)
        }
        checkUnreserved(name: identifier.name, at: identifier.range.start, hasEscape: keyToken.hasEscape)
        if identifier.name == "await", awaitIdentifierPosition == 0 { awaitIdentifierPosition = start }
        var value: Expression = .identifier(identifier)
        if token.kind == .assign, cover != nil {
            if let shorthand = cover?.shorthandAssign, shorthand < 0 { cover?.shorthandAssign = start }
            try advance()
            let defaultValue = try parseMaybeAssign()
            value = .assignment(AssignmentExpression(
                operator: .assign, left: .identifier(identifier), right: defaultValue, range: range(from: start)
            ))
        }
        return .property(Property(key: key, value: value, kind: .initializer, isMethod: false, isShorthand: true, range: range(from: start)))
    }

    mutating func startsPropertyName(_ kind: TokenKind) -> Bool {
        switch kind {
        case .identifier, .number, .string, .bigint, .leftBracket, .privateName: return true
        default: return kind.isKeyword
        }
    }

    mutating func checkAccessorParameters(_ function: FunctionNode, isGetter: Bool) {
        if isGetter {
            if !function.params.isEmpty { report("Getter must not have any formal parameters.", at: function.range.start) }
        } else if function.params.count != 1 {
            report("Setter must have exactly one formal parameter.", at: function.range.start)
        } else if case .rest = function.params[0] {
            report("Setter function argument must not be a rest parameter", at: function.range.start)
        }
    }

    /// A property key: identifier or reserved word, string, number, or `[computed]`.
    mutating func parsePropertyName() throws(ParseAbort) -> PropertyKey {
        switch token.kind {
        case .leftBracket:
            try advance()
            let expression = try parseMaybeAssign()
            try expect(.rightBracket)
            return .computed(expression)
        case .number, .string, .bigint:
            return .literal(try parseLiteral())
        default:
            return .identifier(try parseIdentifierName())
        }
    }
}
