import SlingrDiagnostics

/// Assignment, conditional, binary, unary and update expressions.
///
/// Expressions that may turn out to be patterns (`[a, b] = c`, `({a = 1}) => a`) are parsed as
/// expressions first; `CoverErrors` records what would be wrong in either reading, and the
/// caller checks it once it knows which reading applies (ECMAScript's "cover grammar").
extension Parser {
    mutating func parseExpression(noIn: Bool = false) throws(ParseAbort) -> Expression {
        var cover: CoverErrors?
        return try parseExpression(noIn: noIn, cover: &cover)
    }

    /// An expression, possibly a comma-separated sequence.
    mutating func parseExpression(noIn: Bool, cover: inout CoverErrors?) throws(ParseAbort) -> Expression {
        let start = token.start
        let first = try parseMaybeAssign(noIn: noIn, cover: &cover)
        guard token.kind == .comma else { return first }
        let mark = storage.expressionStack.mark
        defer { storage.expressionStack.discard(from: mark) }
        storage.expressionStack.push(first)
        while try eat(.comma) {
            let expression = try parseMaybeAssign(noIn: noIn, cover: &cover)
            storage.expressionStack.push(expression)
        }
        return .sequence(SequenceExpression(expressions: storage.expressionStack.pop(from: mark), range: range(from: start)))
    }

    mutating func parseMaybeAssign(noIn: Bool = false) throws(ParseAbort) -> Expression {
        var cover: CoverErrors? = CoverErrors()
        return try parseMaybeAssignBody(noIn: noIn, cover: &cover, ownsCover: true)
    }

    /// An AssignmentExpression. With a `cover`, pattern-only constructs are recorded there for
    /// the caller; without, they are errors unless this turns out to be an assignment target.
    mutating func parseMaybeAssign(noIn: Bool, cover: inout CoverErrors?) throws(ParseAbort) -> Expression {
        if cover == nil {
            var own: CoverErrors? = CoverErrors()
            return try parseMaybeAssignBody(noIn: noIn, cover: &own, ownsCover: true)
        }
        return try parseMaybeAssignBody(noIn: noIn, cover: &cover, ownsCover: false)
    }

    private mutating func parseMaybeAssignBody(noIn: Bool, cover: inout CoverErrors?, ownsCover: Bool) throws(ParseAbort) -> Expression {
        if isContextual(.yield), inGenerator {
            return try parseYield(noIn: noIn)
        }
        var oldParenthesizedAssign = -1
        var oldTrailingComma = -1
        var oldDoubleProto = -1
        if !ownsCover, let existing = cover {
            oldParenthesizedAssign = existing.parenthesizedAssign
            oldTrailingComma = existing.trailingComma
            oldDoubleProto = existing.doubleProto
            cover?.parenthesizedAssign = -1
            cover?.trailingComma = -1
        }
        let start = token.start
        if token.kind == .leftParen || token.kind == .identifier {
            potentialArrowAt = start
        }
        let left = try parseMaybeConditional(noIn: noIn, cover: &cover)
        if token.kind == .arrow, !token.newlineBefore {
            // `=>` after something that cannot be parameters (V8 names the would-be list).
            throw fail("Malformed arrow function parameter list", at: start)
        }
        if token.kind.isAssignment, let assignmentOperator = token.kind.assignmentOperator {
            let target: Pattern
            if assignmentOperator == .assign {
                target = try toAssignable(left, isBinding: false, cover: &cover, allowCall: true, context: .assignment)
            } else {
                target = try simpleAssignmentTarget(
                    left, allowCall: assignmentOperator.logicalOperator == nil, message: "Invalid left-hand side in assignment", cover: cover)
            }
            if !ownsCover {
                cover?.parenthesizedAssign = -1
                cover?.trailingComma = -1
                cover?.doubleProto = -1
            }
            if let shorthand = cover?.shorthandAssign, shorthand >= left.range.start {
                cover?.shorthandAssign = -1
            }
            if assignmentOperator == .assign {
                checkPattern(target, kind: .none)
            }
            // `a = b = c` nests to the right: each assignment is a level.
            try enterNesting()
            try advance()
            let right = try parseMaybeAssign(noIn: noIn)
            leaveNesting()
            if oldDoubleProto > -1 { cover?.doubleProto = oldDoubleProto }
            return .assignment(AssignmentExpression(
                operator: assignmentOperator, left: target, right: right, range: range(from: start)
            ))
        } else if ownsCover {
            try checkExpressionErrors(cover)
        }
        if oldParenthesizedAssign > -1 { cover?.parenthesizedAssign = oldParenthesizedAssign }
        if oldTrailingComma > -1 { cover?.trailingComma = oldTrailingComma }
        return left
    }

    /// True when `cover` holds errors that make the expression invalid unless it is a pattern.
    mutating func hasExpressionErrors(_ cover: CoverErrors?) -> Bool {
        guard let cover else { return false }
        return cover.shorthandAssign >= 0 || cover.doubleProto >= 0
    }

    /// Reports the errors of `cover` that are fatal in an expression.
    mutating func checkExpressionErrors(_ cover: CoverErrors?) throws(ParseAbort) {
        guard let cover else { return }
        if cover.shorthandAssign >= 0 {
            throw fail("Invalid shorthand property initializer", at: cover.shorthandAssign)
        }
        if cover.doubleProto >= 0 {
            report("Duplicate __proto__ fields are not allowed in object literals", at: cover.doubleProto)
        }
    }

    /// Reports the errors of `cover` that are fatal in a pattern.
    mutating func checkPatternErrors(_ cover: CoverErrors?, isAssign: Bool) {
        guard let cover else { return }
        if cover.trailingComma > -1 {
            report(isAssign ? "Rest element must be last element" : "Rest parameter must be last formal parameter", at: cover.trailingComma)
        }
        let parenthesized = isAssign ? cover.parenthesizedAssign : cover.parenthesizedBind
        if parenthesized > -1 {
            report("Invalid destructuring assignment target", at: parenthesized)
        }
    }

    private mutating func parseMaybeConditional(noIn: Bool, cover: inout CoverErrors?) throws(ParseAbort) -> Expression {
        let start = token.start
        let test = try parseExpressionOperators(noIn: noIn, cover: &cover)
        if hasExpressionErrors(cover) { return test }
        // An unparenthesized arrow function cannot be the test of a conditional.
        if case .arrowFunction(let arrow) = test, arrow.range.start == start { return test }
        guard token.kind == .question else { return test }
        try enterNesting()
        defer { leaveNesting() }
        try advance()
        let consequent = try parseMaybeAssign()
        try expect(.colon)
        let alternate = try parseMaybeAssign(noIn: noIn)
        return .conditional(ConditionalExpression(
            test: test, consequent: consequent, alternate: alternate, range: range(from: start)
        ))
    }

    private mutating func parseExpressionOperators(noIn: Bool, cover: inout CoverErrors?) throws(ParseAbort) -> Expression {
        let start = token.start
        let expression = try parseMaybeUnary(cover: &cover, sawUnary: false, isUpdateOperand: false, noIn: noIn)
        if hasExpressionErrors(cover) { return expression }
        if case .arrowFunction(let arrow) = expression, arrow.range.start == start { return expression }
        return try parseBinaryOperators(left: expression, leftStart: start, minimumPrecedence: 0, noIn: noIn)
    }

    /// Precedence climbing over the binary and logical operators (`**` is handled in
    /// `parseMaybeUnary` because it is right-associative and excludes unary operands).
    ///
    /// A chain of operators of one precedence is a loop, not recursion: the recursive call
    /// only handles operators of higher precedence, so the native stack holds at most one frame
    /// per precedence level, however long the chain. Chains are not nesting.
    private mutating func parseBinaryOperators(left: Expression, leftStart: Int, minimumPrecedence: Int, noIn: Bool) throws(ParseAbort) -> Expression {
        var left = left
        while true {
            let kind = token.kind
            var precedence = kind.binaryPrecedence
            if kind == .starStar || (noIn && kind == .kwIn) { precedence = 0 }
            guard precedence > minimumPrecedence else { return left }
            let isLogical = kind == .barBar || kind == .ampersandAmpersand
            let isCoalesce = kind == .questionQuestion
            if isCoalesce { precedence = TokenKind.ampersandAmpersand.binaryPrecedence }
            try advance()
            let rightStart = token.start
            var noCover: CoverErrors?
            let operand = try parseMaybeUnary(cover: &noCover, sawUnary: false, isUpdateOperand: false, noIn: noIn)
            let right = try parseBinaryOperators(left: operand, leftStart: rightStart, minimumPrecedence: precedence, noIn: noIn)
            if (isLogical && token.kind == .questionQuestion)
                || (isCoalesce && (token.kind == .barBar || token.kind == .ampersandAmpersand)) {
                report(unexpectedMessage(token), at: token.start)
            }
            if case .privateName(let name) = right { throw unexpected(at: name.range.start) }
            if case .privateName(let name) = left, kind != .kwIn { throw unexpected(at: name.range.start) }
            let nodeRange = SourceRange(start: leftStart, end: previousEnd)
            if let logicalOperator = kind.logicalOperator {
                left = .logical(LogicalExpression(left: left, operator: logicalOperator, right: right, range: nodeRange))
            } else if let binaryOperator = kind.binaryOperator {
                left = .binary(BinaryExpression(left: left, operator: binaryOperator, right: right, range: nodeRange))
            }
        }
    }

    /// Prefix operators, `await`, postfix `++`/`--` and `**`.
    mutating func parseMaybeUnary(cover: inout CoverErrors?, sawUnary: Bool, isUpdateOperand: Bool, noIn: Bool) throws(ParseAbort) -> Expression {
        let start = token.start
        var sawUnary = sawUnary
        var expression: Expression
        if isContextual(.await), canAwait {
            expression = try parseAwait(noIn: noIn)
            sawUnary = true
        } else if let prefix = prefixOperator(token.kind) {
            let isUpdate = token.kind == .plusPlus || token.kind == .minusMinus
            // `!!!x` nests: each prefix operator is a level.
            try enterNesting()
            try advance()
            var noCover: CoverErrors?
            let argument = try parseMaybeUnary(cover: &noCover, sawUnary: true, isUpdateOperand: isUpdate, noIn: noIn)
            leaveNesting()
            try checkExpressionErrors(cover)
            switch prefix {
            case .update(let updateOperator):
                _ = try simpleAssignmentTarget(argument, message: "Invalid left-hand side expression in prefix operation", cover: nil)
                expression = .update(UpdateExpression(operator: updateOperator, isPrefix: true, argument: argument, range: range(from: start)))
            case .unary(let unaryOperator):
                if unaryOperator == .delete {
                    if strict, case .identifier = argument {
                        report("Delete of an unqualified identifier in strict mode.", at: argument.range.start)
                    } else if Parser.isPrivateFieldAccess(argument) {
                        report("Private fields can not be deleted", at: start)
                    }
                }
                sawUnary = true
                expression = .unary(UnaryExpression(operator: unaryOperator, argument: argument, range: range(from: start)))
            }
        } else if !sawUnary, token.kind == .privateName {
            if noIn || privateNames.isEmpty { throw unexpected() }
            expression = .privateName(try parsePrivateIdentifier())
            if token.kind != .kwIn { throw unexpected() }
        } else {
            expression = try parseExpressionSubscripts(cover: &cover, noIn: noIn)
            if hasExpressionErrors(cover) { return expression }
            while token.kind == .plusPlus || token.kind == .minusMinus, !canInsertSemicolon {
                _ = try simpleAssignmentTarget(expression, message: "Invalid left-hand side expression in postfix operation", cover: cover)
                let updateOperator: UpdateOperator = token.kind == .plusPlus ? .increment : .decrement
                try advance()
                expression = .update(UpdateExpression(operator: updateOperator, isPrefix: false, argument: expression, range: range(from: start)))
            }
        }
        if !isUpdateOperand, token.kind == .starStar {
            if sawUnary {
                // Reported by the level that parsed the operator, at the operator (V8).
                switch expression {
                case .unary, .await:
                    throw fail("Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence", at: start)
                default:
                    return expression
                }
            }
            // `**` is right-associative: `a ** b ** c` nests to the right.
            try enterNesting()
            defer { leaveNesting() }
            try advance()
            var noCover: CoverErrors?
            let right = try parseMaybeUnary(cover: &noCover, sawUnary: false, isUpdateOperand: false, noIn: noIn)
            return .binary(BinaryExpression(left: expression, operator: .exponent, right: right, range: range(from: start)))
        }
        return expression
    }

    enum PrefixOperator {
        case unary(UnaryOperator)
        case update(UpdateOperator)
    }

    mutating func prefixOperator(_ kind: TokenKind) -> PrefixOperator? {
        switch kind {
        case .bang: return .unary(.not)
        case .tilde: return .unary(.bitwiseNot)
        case .plus: return .unary(.plus)
        case .minus: return .unary(.minus)
        case .kwTypeof: return .unary(.typeof)
        case .kwVoid: return .unary(.void)
        case .kwDelete: return .unary(.delete)
        case .plusPlus: return .update(.increment)
        case .minusMinus: return .update(.decrement)
        default: return nil
        }
    }

    static func isPrivateFieldAccess(_ expression: Expression) -> Bool {
        switch expression {
        case .member(let member):
            if case .privateName = member.property { return true }
            return false
        case .chain(let chain):
            return isPrivateFieldAccess(chain.expression)
        default:
            return false
        }
    }

    /// The target of `+=`-style assignments and `++`/`--`: an identifier or member access (or,
    /// as V8 accepts, a call, except for logical assignments). Anything else is an error with
    /// `message`, at the target (at its parenthesis when parenthesized, as V8 does).
    mutating func simpleAssignmentTarget(
        _ expression: Expression, allowCall: Bool = true, message: String, cover: CoverErrors?
    ) throws(ParseAbort) -> Pattern {
        switch expression {
        case .identifier(let identifier):
            checkSimpleBinding(identifier, kind: .none)
            return .identifier(identifier)
        case .member(let member):
            return .member(member)
        case .call(let call) where allowCall && !call.isOptional:
            return .call(call)
        default:
            var start = expression.range.start
            if let parenthesized = cover?.parenthesizedAssign, parenthesized >= 0, parenthesized < start { start = parenthesized }
            throw fail(message, at: start)
        }
    }

    // MARK: - Generators and async functions

    var inGenerator: Bool {
        mutating get {
            guard let current = storage.functions.last else { return false }
            return current.isGenerator && !current.inClassFieldInitializer
        }
    }

    var inAsync: Bool {
        mutating get {
            guard let current = storage.functions.last else { return false }
            return current.isAsync && !current.inClassFieldInitializer
        }
    }

    var canAwait: Bool {
        mutating get {
            guard let current = storage.functions.last else { return false }
            if current.inClassFieldInitializer || current.inStaticBlock { return false }
            return current.isAsync
        }
    }

    private mutating func parseYield(noIn: Bool) throws(ParseAbort) -> Expression {
        let start = token.start
        if yieldPosition == 0 { yieldPosition = start }
        try enterNesting()
        defer { leaveNesting() }
        try advance()
        var argument: Expression?
        var isDelegate = false
        if token.kind != .semicolon, !canInsertSemicolon, token.kind == .star || Parser.startsExpression(token.kind) {
            isDelegate = try eat(.star)
            argument = try parseMaybeAssign(noIn: noIn)
        }
        return .yield(YieldExpression(isDelegate: isDelegate, argument: argument, range: range(from: start)))
    }

    private mutating func parseAwait(noIn: Bool) throws(ParseAbort) -> Expression {
        let start = token.start
        if awaitPosition == 0 { awaitPosition = start }
        try enterNesting()
        defer { leaveNesting() }
        try advance()
        var noCover: CoverErrors?
        let argument = try parseMaybeUnary(cover: &noCover, sawUnary: true, isUpdateOperand: false, noIn: noIn)
        return .await(AwaitExpression(argument: argument, range: range(from: start)))
    }

    /// Tokens that can begin an expression (for `yield` without an argument).
    static func startsExpression(_ kind: TokenKind) -> Bool {
        switch kind {
        case .identifier, .privateName, .number, .bigint, .string, .template, .regularExpression,
             .leftBrace, .leftParen, .leftBracket, .plus, .minus, .bang, .tilde, .plusPlus, .minusMinus,
             .slash, .slashAssign,
             .kwThis, .kwFunction, .kwClass, .kwNew, .kwSuper, .kwTypeof, .kwVoid, .kwDelete, .kwNull,
             .kwTrue, .kwFalse, .kwImport:
            return true
        default:
            return false
        }
    }

    /// Reports `yield`/`await` expressions found in parameter defaults.
    mutating func checkYieldAwaitInDefaultParameters() {
        if yieldPosition != 0, awaitPosition == 0 || yieldPosition < awaitPosition {
            report("Yield expression not allowed in formal parameter", at: yieldPosition)
        }
        if awaitPosition != 0 {
            report("Illegal await-expression in formal parameters of async function", at: awaitPosition)
        }
    }
}
