import SlingrDiagnostics

/// Binding patterns (declarations, parameters) and the conversion of expressions into
/// assignment patterns (`[a, b] = c`, arrow parameters).
extension Parser {
    /// A binding target: identifier, `[...]` or `{...}` pattern. `nested` inside a pattern,
    /// where V8 reads an element as an expression and names what is wrong with it.
    mutating func parseBindingAtom(nested: Bool = false) throws(ParseAbort) -> Pattern {
        let start = token.start
        switch token.kind {
        case .leftBracket:
            try enterNesting()
            defer { leaveNesting() }
            try advance()
            let elements = try parseBindingList(close: .rightBracket, allowEmpty: true)
            return .array(ArrayPattern(elements: elements, range: range(from: start)))
        case .leftBrace:
            try enterNesting()
            defer { leaveNesting() }
            return .object(try parseObjectPattern())
        default:
            guard nested else { return .identifier(try parseIdentifier()) }
            if token.kind == .identifier || token.kind == .kwEnum {
                switch try peek().kind {
                case .comma, .rightBracket, .rightBrace, .assign: return .identifier(try parseIdentifier())
                default: break
                }
            }
            // V8 reads the element as an expression and names what is wrong with it.
            let element = try parseMaybeAssign()
            switch element {
            case .identifier(let identifier) where identifier.range.start == start:
                // Not parenthesized: `(a)` is no binding.
                return .identifier(identifier)
            case .member:
                throw fail("Illegal property in declaration context", at: start)
            case .assignment(let assignment):
                if case .member = assignment.left { throw fail("Illegal property in declaration context", at: start) }
                throw fail("Invalid destructuring assignment target", at: start)
            default:
                throw fail("Invalid destructuring assignment target", at: start)
            }
        }
    }

    /// Elements up to `close`, with optional defaults and a final `...rest`.
    mutating func parseBindingList(close: TokenKind, allowEmpty: Bool) throws(ParseAbort) -> [Pattern?] {
        let mark = storage.patternStack.mark
        defer { storage.patternStack.discard(from: mark) }
        try parseBindingElements(close: close, allowEmpty: allowEmpty)
        return storage.patternStack.pop(from: mark)
    }

    /// Function parameters from `(` through `)` (a binding list without holes).
    mutating func parseParameterList() throws(ParseAbort) -> [Pattern] {
        try enterNesting()
        defer { leaveNesting() }
        try expect(.leftParen)
        let mark = storage.patternStack.mark
        defer { storage.patternStack.discard(from: mark) }
        try parseBindingElements(close: .rightParen, allowEmpty: false)
        return storage.patternStack.popCompacted(from: mark)
    }

    /// Pushes the elements of a binding list onto `patternStack` (holes as nil).
    private mutating func parseBindingElements(close: TokenKind, allowEmpty: Bool) throws(ParseAbort) {
        var first = true
        while !(try eat(close)) {
            if first {
                first = false
            } else {
                try expect(.comma)
            }
            if allowEmpty, token.kind == .comma {
                storage.patternStack.push(nil)
            } else if token.kind == close {
                try advance()
                break
            } else if token.kind == .ellipsis {
                let rest = try parseRestBinding(nested: close == .rightBracket)
                if token.kind == .assign {
                    if close == .rightParen { throw fail("Rest parameter may not have a default initializer", at: token.start) }
                    throw fail("Invalid destructuring assignment target", at: rest.range.start)
                }
                storage.patternStack.push(.rest(rest))
                if token.kind == .comma {
                    report(close == .rightParen ? "Rest parameter must be last formal parameter" : "Rest element must be last element", at: token.start)
                }
                try expect(close)
                break
            } else {
                let element = try parseMaybeDefault(try parseBindingAtom(nested: close == .rightBracket))
                storage.patternStack.push(element)
            }
        }
    }

    mutating func parseRestBinding(nested: Bool = false) throws(ParseAbort) -> RestElement {
        let start = token.start
        try expect(.ellipsis)
        let argument = try parseBindingAtom(nested: nested)
        return RestElement(argument: argument, range: range(from: start))
    }

    /// `target = default` when an `=` follows.
    mutating func parseMaybeDefault(_ left: Pattern) throws(ParseAbort) -> Pattern {
        guard try eat(.assign) else { return left }
        let right = try parseMaybeAssign()
        return .assignment(AssignmentPattern(left: left, right: right, range: SourceRange(start: left.range.start, end: previousEnd)))
    }

    private mutating func parseObjectPattern() throws(ParseAbort) -> ObjectPattern {
        let start = token.start
        try advance()
        var members: [ObjectPatternMember] = []
        var first = true
        while !(try eat(.rightBrace)) {
            if first {
                first = false
            } else {
                try expect(.comma)
                if try eat(.rightBrace) { break }
            }
            let memberStart = token.start
            if try eat(.ellipsis) {
                let argument = try parseIdentifier()
                if token.kind == .comma {
                    report("Rest element must be last element", at: token.start)
                }
                members.append(.rest(RestElement(argument: .identifier(argument), range: range(from: memberStart))))
                continue
            }
            let keyToken = token
            let key = try parsePropertyName()
            if try eat(.colon) {
                let value = try parseMaybeDefault(try parseBindingAtom(nested: true))
                members.append(.property(AssignmentProperty(key: key, value: value, isShorthand: false, range: range(from: memberStart))))
                continue
            }
            guard case .identifier(let identifier) = key, keyToken.kind == .identifier || keyToken.kind.isKeyword else {
                throw unexpected()
            }
            if keyToken.kind.isKeyword {
                throw unexpected(at: keyToken.start)
            }
            checkUnreserved(name: identifier.name, at: identifier.range.start, hasEscape: keyToken.hasEscape)
            let value = try parseMaybeDefault(.identifier(identifier))
            members.append(.property(AssignmentProperty(key: key, value: value, isShorthand: true, range: range(from: memberStart))))
        }
        return ObjectPattern(properties: members, range: range(from: start))
    }

    // MARK: - Expressions as patterns

    /// Where an expression is reinterpreted as a pattern, which decides V8's message for an
    /// invalid one.
    enum TargetContext {
        /// The whole left side of `=`.
        case assignment
        /// The whole head of a `for-in`/`for-of` loop.
        case forLoop
        /// Inside a pattern, or an arrow function parameter.
        case pattern
    }

    /// Reinterprets an expression parsed with the cover grammar as a pattern. `allowCall` for
    /// the whole target of an assignment or for-in/of head, where V8 accepts `f() = x`.
    mutating func toAssignable(
        _ expression: Expression, isBinding: Bool, cover: inout CoverErrors?, allowCall: Bool = false, context: TargetContext = .pattern
    ) throws(ParseAbort) -> Pattern {
        switch expression {
        case .identifier(let identifier):
            if inAsync, identifier.name == "await" {
                report("Unexpected reserved word", at: identifier.range.start)
            }
            return .identifier(identifier)
        case .object(let object):
            checkPatternErrors(cover, isAssign: true)
            var members: [ObjectPatternMember] = []
            for member in object.properties {
                var noCover: CoverErrors?
                switch member {
                case .property(let property):
                    if property.kind != .initializer || property.isMethod {
                        throw fail("Invalid destructuring assignment target", at: property.key.node.range.start)
                    }
                    let value = try toAssignable(property.value, isBinding: isBinding, cover: &noCover)
                    members.append(.property(AssignmentProperty(
                        key: property.key, value: value, isShorthand: property.isShorthand, range: property.range
                    )))
                case .spread(let spread):
                    switch spread.argument {
                    case .identifier, .member: break
                    default:
                        throw fail("`...` must be followed by an assignable reference in assignment contexts", at: spread.argument.range.start)
                    }
                    let argument = try toAssignable(spread.argument, isBinding: isBinding, cover: &noCover)
                    members.append(.rest(RestElement(argument: argument, range: spread.range)))
                }
            }
            return .object(ObjectPattern(properties: members, range: object.range))
        case .array(let array):
            checkPatternErrors(cover, isAssign: true)
            var elements: [Pattern?] = []
            for element in array.elements {
                guard let element else {
                    elements.append(nil)
                    continue
                }
                elements.append(try toAssignable(element, isBinding: isBinding))
            }
            return .array(ArrayPattern(elements: elements, range: array.range))
        case .assignment(let assignment) where context == .pattern:
            if assignment.operator != .assign {
                throw fail("Invalid destructuring assignment target", at: assignment.range.start)
            }
            return .assignment(AssignmentPattern(left: assignment.left, right: assignment.right, range: assignment.range))
        case .member(let member) where !isBinding:
            return .member(member)
        case .call(let call) where allowCall && !isBinding && !call.isOptional:
            return .call(call)
        default:
            throw invalidTarget(expression, context: context, cover: cover)
        }
    }

    /// V8's error for an expression that cannot be assigned to in `context`, located at the
    /// expression (at its opening parenthesis when it is parenthesized, as V8 does).
    mutating func invalidTarget(_ expression: Expression, context: TargetContext, cover: CoverErrors?) -> ParseAbort {
        var start = expression.range.start
        if let parenthesized = cover?.parenthesizedAssign, parenthesized >= 0, parenthesized < start { start = parenthesized }
        switch context {
        case .assignment: return fail("Invalid left-hand side in assignment", at: start)
        case .forLoop: return fail("Invalid left-hand side in for-loop", at: start)
        case .pattern: return fail("Invalid destructuring assignment target", at: start)
        }
    }

    /// An array element or argument as a pattern (`...x` becomes a rest element).
    mutating func toAssignable(_ element: ExpressionElement, isBinding: Bool) throws(ParseAbort) -> Pattern {
        var noCover: CoverErrors?
        switch element {
        case .expression(let expression):
            return try toAssignable(expression, isBinding: isBinding, cover: &noCover)
        case .spread(let spread):
            if case .assignment = spread.argument {
                throw fail("Invalid destructuring assignment target", at: spread.range.start)
            }
            let argument = try toAssignable(spread.argument, isBinding: isBinding, cover: &noCover)
            return .rest(RestElement(argument: argument, range: spread.range))
        }
    }

    // MARK: - Checking targets

    /// Checks (and, for declarations, declares) every name bound by `pattern`.
    /// With `checkingClashes`, names are also collected in `parameterNames` and a repeated
    /// one is an error (parameter lists that must not repeat names).
    mutating func checkPattern(_ pattern: Pattern, kind: BindingKind, checkingClashes: Bool = false) {
        switch pattern {
        case .identifier(let identifier):
            checkSimpleBinding(identifier, kind: kind, checkingClashes: checkingClashes)
        case .member(let member):
            if kind != .none { report("Invalid destructuring assignment target", at: member.range.start) }
        case .call(let call):
            if kind != .none { report("Invalid destructuring assignment target", at: call.range.start) }
        case .object(let object):
            for member in object.properties {
                switch member {
                case .property(let property): checkPattern(property.value, kind: kind, checkingClashes: checkingClashes)
                case .rest(let rest): checkPattern(rest.argument, kind: kind, checkingClashes: checkingClashes)
                }
            }
        case .array(let array):
            for case let element? in array.elements {
                checkPattern(element, kind: kind, checkingClashes: checkingClashes)
            }
        case .assignment(let assignment):
            checkPattern(assignment.left, kind: kind, checkingClashes: checkingClashes)
        case .rest(let rest):
            checkPattern(rest.argument, kind: kind, checkingClashes: checkingClashes)
        }
    }

    /// The binding-pattern variant used by declarations and catch parameters.
    mutating func checkBindingPattern(_ pattern: Pattern, kind: BindingKind) {
        checkPattern(pattern, kind: kind)
    }

    mutating func checkSimpleBinding(_ identifier: Identifier, kind: BindingKind, checkingClashes: Bool = false) {
        let name = identifier.name
        let isBinding = kind != .none
        let keyword = strict || kind == .lexical ? ContextualKeyword.classify(name: name) : .none
        if strict, keyword == .eval || keyword == .arguments {
            report("Unexpected eval or arguments in strict mode", at: identifier.range.start)
        } else if strict, keyword.isStrictReserved {
            report("Unexpected strict mode reserved word", at: identifier.range.start)
        }
        guard isBinding else { return }
        if kind == .lexical, keyword == .let {
            report("let is disallowed as a lexically bound name", at: identifier.range.start)
        }
        if checkingClashes, !storage.parameterNames.insert(name, as: .variable).isEmpty {
            report("Duplicate parameter name not allowed in this context", at: identifier.range.start)
        }
        if kind != .outside {
            declareName(name, kind: kind, at: identifier.range.start)
        }
    }
}
