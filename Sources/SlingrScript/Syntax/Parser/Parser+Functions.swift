import SlingrDiagnostics

/// Functions, arrow functions and methods: parameters, bodies, strictness and the early errors
/// on parameter names.
extension Parser {
    /// Enters a function (its `FunctionState` and its var scope).
    mutating func pushFunction(isAsync: Bool, isGenerator: Bool, isArrow: Bool, isMethod: Bool = false, allowDirectSuper: Bool = false) {
        var state = FunctionState()
        state.isAsync = isAsync
        state.isGenerator = isGenerator
        state.isArrow = isArrow
        state.allowReturn = true
        if isArrow, let parent = storage.functions.last {
            state.allowSuperProperty = parent.allowSuperProperty
            state.allowSuperCall = parent.allowSuperCall
            state.allowNewTarget = parent.allowNewTarget
            state.allowArguments = parent.allowArguments
        } else {
            state.allowNewTarget = true
            state.allowArguments = true
            state.allowSuperProperty = isMethod
            state.allowSuperCall = allowDirectSuper
        }
        state.outerOctalStrict = octalStrict
        octalStrict = strict
        storage.functions.append(state)
        enterScope(isVarScope: true)
    }

    mutating func popFunction() {
        if let last = storage.functions.last { octalStrict = last.outerOctalStrict }
        if storage.functions.count > 1 { storage.functions.removeLast() }
        exitScope()
    }

    /// `function name(params) { body }` after the `function` keyword (and `async`).
    /// `isHanging` marks the Annex B declaration that is the body of an `if` or label.
    mutating func parseFunction(start: Int, isStatement: Bool, isAsync: Bool, isHanging: Bool) throws(ParseAbort) -> FunctionNode {
        let isGenerator = try eat(.star)
        if isHanging, isGenerator {
            throw fail("Generators can only be declared at the top level or inside a block.", at: previousEnd - 1)
        }
        var id: Identifier?
        if isStatement {
            if token.kind == .leftParen { throw fail("Function statements require a function name", at: start) }
            let name = try parseIdentifier()
            id = name
            if !isHanging {
                let kind: BindingKind = strict || isGenerator || isAsync ? (treatFunctionsAsVar ? .var : .lexical) : .function
                checkSimpleBinding(name, kind: kind)
            }
        }
        let saved = (yieldPosition, awaitPosition, awaitIdentifierPosition)
        yieldPosition = 0
        awaitPosition = 0
        awaitIdentifierPosition = 0
        pushFunction(isAsync: isAsync, isGenerator: isGenerator, isArrow: false)
        if !isStatement, token.kind == .identifier || token.kind == .kwEnum {
            id = try parseIdentifier()
        }
        let parameters = try parseParameterList()
        checkYieldAwaitInDefaultParameters()
        let (body, isStrict) = try parseFunctionBody(
            parameters: parameters, id: id, start: start, isArrow: false, isMethod: false, noIn: false
        )
        popFunction()
        (yieldPosition, awaitPosition, awaitIdentifierPosition) = saved
        return FunctionNode(
            kind: isStatement ? .declaration : .expression, id: id, params: parameters, body: body,
            isAsync: isAsync, isGenerator: isGenerator, isStrict: isStrict, range: range(from: start)
        )
    }

    /// An arrow function whose `=>` has just been consumed; `parameters` are the expressions
    /// of the cover grammar, reinterpreted here as patterns.
    mutating func parseArrowFunction(start: Int, parameters: [ExpressionElement], rest: RestElement?, isAsync: Bool, noIn: Bool) throws(ParseAbort) -> Expression {
        let saved = (yieldPosition, awaitPosition, awaitIdentifierPosition)
        yieldPosition = 0
        awaitPosition = 0
        awaitIdentifierPosition = 0
        pushFunction(isAsync: isAsync, isGenerator: false, isArrow: true)
        var patterns: [Pattern] = []
        patterns.reserveCapacity(parameters.count + (rest == nil ? 0 : 1))
        for parameter in parameters {
            patterns.append(try toAssignable(parameter, isBinding: true))
        }
        if let rest { patterns.append(.rest(rest)) }
        let (body, isStrict) = try parseFunctionBody(
            parameters: patterns, id: nil, start: start, isArrow: true, isMethod: false, noIn: noIn
        )
        popFunction()
        (yieldPosition, awaitPosition, awaitIdentifierPosition) = saved
        return .arrowFunction(FunctionNode(
            kind: .arrow, id: nil, params: patterns, body: body, isAsync: isAsync, isGenerator: false,
            isStrict: isStrict, range: range(from: start)
        ))
    }

    /// A method's parameters and body, starting at `(` (object and class methods, accessors).
    mutating func parseMethod(isGenerator: Bool, isAsync: Bool, allowDirectSuper: Bool, kind: FunctionNode.Kind) throws(ParseAbort) -> FunctionNode {
        let start = token.start
        let saved = (yieldPosition, awaitPosition, awaitIdentifierPosition)
        yieldPosition = 0
        awaitPosition = 0
        awaitIdentifierPosition = 0
        pushFunction(isAsync: isAsync, isGenerator: isGenerator, isArrow: false, isMethod: true, allowDirectSuper: allowDirectSuper)
        let parameters = try parseParameterList()
        checkYieldAwaitInDefaultParameters()
        let (body, isStrict) = try parseFunctionBody(
            parameters: parameters, id: nil, start: start, isArrow: false, isMethod: true, noIn: false
        )
        popFunction()
        (yieldPosition, awaitPosition, awaitIdentifierPosition) = saved
        return FunctionNode(
            kind: kind, id: nil, params: parameters, body: body, isAsync: isAsync, isGenerator: isGenerator,
            isStrict: isStrict, range: range(from: start)
        )
    }

    /// The body (block, or expression for concise arrows); decides strictness from the
    /// directive prologue before parsing it, then checks the parameters under that strictness.
    mutating func parseFunctionBody(parameters: [Pattern], id: Identifier?, start: Int, isArrow: Bool, isMethod: Bool, noIn: Bool) throws(ParseAbort) -> (FunctionBody, Bool) {
        let oldStrict = strict
        if isArrow, token.kind != .leftBrace {
            checkParameters(parameters, allowDuplicates: false)
            try enterNesting()
            defer { leaveNesting() }
            let expression = try parseMaybeAssign(noIn: noIn)
            return (.expression(expression), strict)
        }
        let isSimple = parameters.allSatisfy { if case .identifier = $0 { return true } else { return false } }
        var useStrict = false
        if !oldStrict || !isSimple {
            let directive = token.kind == .leftBrace ? useStrictDirective(startingAt: token.end) : nil
            useStrict = directive != nil
            if let directive, !isSimple {
                report("Illegal 'use strict' directive in function with non-simple parameter list", at: directive)
            }
        }
        if useStrict {
            strict = true
            octalStrict = true
        }
        checkParameters(parameters, allowDuplicates: !oldStrict && !useStrict && !isArrow && !isMethod && isSimple)
        if strict, let id { checkSimpleBinding(id, kind: .outside) }
        let block = try parseBlock(newScope: false, directives: true)
        let isStrict = strict
        strict = oldStrict
        return (.block(block), isStrict)
    }

    /// Declares the parameters and reports duplicates (allowed only in sloppy simple lists).
    mutating func checkParameters(_ parameters: [Pattern], allowDuplicates: Bool) {
        storage.parameterNames.removeAll()
        for parameter in parameters {
            checkPattern(parameter, kind: .var, checkingClashes: !allowDuplicates)
        }
    }
}
