import SlingrDiagnostics

/// `eval` and the `Function` constructor: code from strings, parsed and compiled at run time
/// and run in the same realm, under the same step budget, call depth and limits as the code
/// that asked for it (parsing is charged to the budget like any built-in work). Neither gives
/// access to anything the calling code could not reach.
extension Realm {
    /// PerformEval: `direct` is the call site's context and scope for a direct `eval`, nil for
    /// an indirect one (which runs as global code).
    func performEval(_ source: JSString, direct: (context: EvalContext, scope: RuntimeScope)?) throws -> Value {
        try enterEval()
        defer { callDepth -= 1 }
        try charge(source.count)
        try reserve(source.count &* MemoryCensus.codeBytesPerUnit)
        var options = JavaScriptParser.Options()
        options.startsStrict = direct?.context.isStrict ?? false
        options.allowNewTarget = direct?.context.inFunction ?? false
        let text = source.string
        let parsed = JavaScriptParser.parseProgram(SourceFile(path: "<eval>", text: text), options: options)
        if let first = parsed.errors.first { throw error(.syntaxError, first.message) }
        let code: EvalCode
        do {
            code = try Compiler.compileEval(
                parsed.tree, parent: direct?.context.scope, callerIsStrict: options.startsStrict, sourceText: SourceText(text))
        } catch let failure as ScriptError {
            throw error(.syntaxError, failure.message)
        }
        let scope = RuntimeScope(parent: direct?.scope, slots: code.template)
        if code.isStrict {
            for (slot, function) in code.localFunctions { scope.slots[slot] = .object(makeFunction(function, scope: scope)) }
        } else {
            try instantiateSloppyEval(code, scope)
        }
        let savedCompletion = completionValue
        defer { completionValue = savedCompletion }
        completionValue = .undefined
        _ = try executeStatements(code.body, self, scope)
        return completionValue
    }

    /// Counts an eval like a call (nested evals are bounded by the call depth and the stack).
    private func enterEval() throws {
        try step()
        callDepth += 1
        if callDepth > limits.maxCallDepth || StackGuard.currentAddress() < stackLimit {
            callDepth -= 1
            throw callDepthLimit()
        }
    }

    /// EvalDeclarationInstantiation for sloppy-mode code: its functions and `var`s are
    /// declared where the caller's would be.
    private func instantiateSloppyEval(_ code: EvalCode, _ scope: RuntimeScope) throws {
        let global = globalObject
        // Check everything before declaring anything.
        for (name, _, target) in code.functions {
            guard case .global = target else { continue }
            if globalLexicals[name] != nil { throw error(.syntaxError, "Identifier '\(name.string)' has already been declared") }
            try checkGlobalFunctionDeclarable(name)
        }
        for (name, target) in code.variables {
            guard case .global = target else { continue }
            if globalLexicals[name] != nil { throw error(.syntaxError, "Identifier '\(name.string)' has already been declared") }
            if !global.hasOwnProperty(name), !global.extensible {
                throw typeError("Cannot define global variable \(name.string): the global object is not extensible")
            }
        }
        for (name, function, target) in code.functions {
            let value = Value.object(makeFunction(function, scope: scope))
            switch target {
            case .slot(let hops, let slot):
                scope.ancestor(hops).slots[slot] = value
            case .evalVariables(let hops):
                evalVariables(of: scope.ancestor(hops)).defineOwn(name, value)
            case .global:
                if let existing = ownProperty(global, name), !existing.flags.contains(.configurable) {
                    try definePropertyOrThrow(global, name, PropertyDescriptor(value: value))
                } else {
                    try definePropertyOrThrow(global, name, .data(value, flags: .data))
                }
            }
        }
        for (name, target) in code.variables {
            switch target {
            case .slot:
                continue
            case .evalVariables(let hops):
                let variables = evalVariables(of: scope.ancestor(hops))
                if variables.ownSlot(name) == nil { variables.properties.append(name, .undefined) }
            case .global:
                if !global.hasOwnProperty(name) { try definePropertyOrThrow(global, name, .data(.undefined, flags: .data)) }
            }
        }
    }

    /// The object holding the variables direct evals declared in a function scope.
    private func evalVariables(of scope: RuntimeScope) -> JSObject {
        if let existing = scope.evalVariables { return existing }
        let variables = newObject(prototype: nil)
        scope.evalVariables = variables
        return variables
    }

    /// CreateDynamicFunction (`Function(p1, ..., body)`): the parameters and the body are
    /// checked to parse on their own (no text of one can close or comment out the other) and
    /// the function closes over the global scope only.
    func createDynamicFunction(_ arguments: [Value]) throws -> Value {
        let parameterTexts = try arguments.dropLast().map { try toString($0).string }
        let bodyText = try arguments.last.map { try toString($0).string } ?? ""
        let parameters = parameterTexts.joined(separator: ",")
        let prefix = "(function anonymous("
        let middle = "\n) {\n"
        let source = prefix + parameters + middle + bodyText + "\n})"
        try charge(source.utf16.count)
        try reserve(source.utf16.count &* MemoryCensus.codeBytesPerUnit)
        let parsed = JavaScriptParser.parseProgram(SourceFile(path: "<function>", text: source))
        if let first = parsed.errors.first { throw error(.syntaxError, first.message) }
        let bodyStart = prefix.utf8.count + parameters.utf8.count + middle.utf8.count - 2
        let bodyEnd = source.utf8.count - 1
        guard parsed.tree.body.count == 1, case .expression(let statement) = parsed.tree.body[0],
              case .function(let function) = statement.expression, function.kind == .expression,
              case .block(let block) = function.body, block.range.start == bodyStart, block.range.end == bodyEnd
        else {
            throw error(.syntaxError, "Unexpected token in the parameters or body of a function")
        }
        let node: ExpressionNode
        do {
            node = try Compiler.compileExpression(.function(function), sourceText: SourceText(source))
        } catch let failure as ScriptError {
            throw error(.syntaxError, failure.message)
        }
        return try node.evaluate(self, RuntimeScope(parent: nil, slots: []))
    }
}
