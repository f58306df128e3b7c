import SlingrDiagnostics

/// Binding patterns (declarations, parameters) and the conversion of expressions into
/// assignment patterns (`[a, b] = c`, arrow parameters).
extension Parser {
    /// A binding target: identifier, `[...]` or `{...}` pattern.
    mutating func parseBindingAtom() throws(ParseAbort) -> Pattern {
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
            return .identifier(try parseIdentifier())
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
                let rest = try parseRestBinding()
                storage.patternStack.push(.rest(rest))
                if token.kind == .comma {
                    report("Comma is not permitted after the rest element", at: token.start)
                }
                try expect(close)
                break
            } else {
                let element = try parseMaybeDefault(try parseBindingAtom())
                storage.patternStack.push(element)
            }
        }
    }

    mutating func parseRestBinding() throws(ParseAbort) -> RestElement {
        let start = token.start
        try expect(.ellipsis)
        let argument = try parseBindingAtom()
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
                    report("Comma is not permitted after the rest element", at: token.start)
                }
                members.append(.rest(RestElement(argument: .identifier(argument), range: range(from: memberStart))))
                continue
            }
            let keyToken = token
            let key = try parsePropertyName()
            if try eat(.colon) {
                let value = try parseMaybeDefault(try parseBindingAtom())
                members.append(.property(AssignmentProperty(key: key, value: value, isShorthand: false, range: range(from: memberStart))))
                continue
            }
            guard case .identifier(let identifier) = key, keyToken.kind == .identifier || keyToken.kind.isKeyword else {
                throw unexpected()
            }
            if keyToken.kind.isKeyword {
                throw fail("Unexpected keyword '\(identifier.name)'", at: keyToken.start)
            }
            checkUnreserved(name: identifier.name, at: identifier.range.start, hasEscape: keyToken.hasEscape)
            let value = try parseMaybeDefault(.identifier(identifier))
            members.append(.property(AssignmentProperty(key: key, value: value, isShorthand: true, range: range(from: memberStart))))
        }
        return ObjectPattern(properties: members, range: range(from: start))
    }

    // MARK: - Expressions as patterns

    /// Reinterprets an expression parsed with the cover grammar as a pattern. `allowCall` for
    /// the whole target of an assignment or for-in/of head, where V8 accepts `f() = x`.
    mutating func toAssignable(_ expression: Expression, isBinding: Bool, cover: inout CoverErrors?, allowCall: Bool = false) throws(ParseAbort) -> Pattern {
        switch expression {
        case .identifier(let identifier):
            if inAsync, identifier.name == "await" {
                report("Cannot use 'await' as identifier inside an async function", at: identifier.range.start)
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
                        throw fail("Object pattern can't contain getter or setter", at: property.key.node.range.start)
                    }
                    let value = try toAssignable(property.value, isBinding: isBinding, cover: &noCover)
                    members.append(.property(AssignmentProperty(
                        key: property.key, value: value, isShorthand: property.isShorthand, range: property.range
                    )))
                case .spread(let spread):
                    let argument = try toAssignable(spread.argument, isBinding: isBinding, cover: &noCover)
                    switch argument {
                    case .array, .object: throw unexpected(at: argument.range.start)
                    case .assignment: report("Rest elements cannot have a default value", at: argument.range.start)
                    default: break
                    }
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
        case .assignment(let assignment):
            if assignment.operator != .assign {
                throw fail("Only '=' operator can be used for specifying default value.", at: assignment.left.range.end)
            }
            return .assignment(AssignmentPattern(left: assignment.left, right: assignment.right, range: assignment.range))
        case .member(let member):
            if isBinding { throw fail("Assigning to rvalue", at: member.range.start) }
            return .member(member)
        case .call(let call) where allowCall && !isBinding && !call.isOptional:
            return .call(call)
        case .chain:
            throw fail("Optional chaining cannot appear in left-hand side", at: expression.range.start)
        default:
            throw fail("Assigning to rvalue", at: expression.range.start)
        }
    }

    /// An array element or argument as a pattern (`...x` becomes a rest element).
    mutating func toAssignable(_ element: ExpressionElement, isBinding: Bool) throws(ParseAbort) -> Pattern {
        var noCover: CoverErrors?
        switch element {
        case .expression(let expression):
            return try toAssignable(expression, isBinding: isBinding, cover: &noCover)
        case .spread(let spread):
            let argument = try toAssignable(spread.argument, isBinding: isBinding, cover: &noCover)
            if case .assignment = argument {
                report("Rest elements cannot have a default value", at: argument.range.start)
            }
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
            if kind != .none { report("Binding member expression", at: member.range.start) }
        case .call(let call):
            if kind != .none { report("Binding rvalue", at: call.range.start) }
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
        if strict, keyword == .eval || keyword == .arguments || keyword.isStrictReserved {
            report((isBinding ? "Binding " : "Assigning to ") + name + " in strict mode", at: identifier.range.start)
        }
        guard isBinding else { return }
        if kind == .lexical, keyword == .let {
            report("let is disallowed as a lexically bound name", at: identifier.range.start)
        }
        if checkingClashes, !storage.parameterNames.insert(name, as: .variable).isEmpty {
            report("Argument name clash", at: identifier.range.start)
        }
        if kind != .outside {
            declareName(name, kind: kind, at: identifier.range.start)
        }
    }
}
