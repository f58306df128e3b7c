import SlingrDiagnostics

/// Compiling code for `eval`: the call site of a direct `eval`, and the evaluated code itself.
extension Compiler {
    /// `eval(...)` where `eval` may be the built-in: a node that evaluates the code in the
    /// scopes around the call when it is, and calls whatever `eval` is otherwise.
    func directEval(_ call: CallExpression, callee: ExpressionNode) throws -> ExpressionNode {
        guard evalScan != nil else { throw DirectEvalFound() }
        // The evaluated code may close over any binding in scope.
        var current: CompilerScope? = scope
        var inFunction = false
        while let candidate = current {
            candidate.captureAll()
            if candidate.bindsThis { inFunction = true }
            current = candidate.parent
        }
        return DirectEvalNode(
            callee: callee, arguments: try argumentList(call.arguments), calleeText: CalleeText(call.callee),
            context: EvalContext(scope: scope, isStrict: scope.isStrict, inFunction: inFunction), range: call.range)
    }

    /// Compiles the code a direct (`parent` is the caller's scope) or indirect (`parent` nil)
    /// `eval` runs.
    static func compileEval(_ program: Program, parent: CompilerScope?, callerIsStrict: Bool, sourceText: SourceText?) throws
        -> EvalCode
    {
        try withEvalScan(program, takesTreeApart: false) { scan in
            let isStrict = callerIsStrict || program.isStrict
            let evalScope = CompilerScope(kind: .evalCode, parent: parent, isMaterialized: true, isStrict: isStrict)
            let compiler = Compiler(scope: evalScope)
            compiler.evalScan = scan
            compiler.sourceText = sourceText
            return try compiler.compileEvalBody(program, evalScope: evalScope, isStrict: isStrict)
        }
    }

    private func compileEvalBody(_ program: Program, evalScope: CompilerScope, isStrict: Bool) throws -> EvalCode {
        let lexical = DeclarationScanner.lexicalDeclarations(in: program.body)
        let varNames = DeclarationScanner.varNames(in: program.body, blockFunctions: !isStrict)
        var code = EvalCode(isStrict: isStrict)
        for declaration in lexical.names { evalScope.declare(declaration.name, kind: declaration.kind) }
        if isStrict {
            for name in varNames { evalScope.declare(name, kind: .variable) }
            for function in lexical.functions {
                guard let id = function.id else { continue }
                let slot = evalScope.declare(id.name, kind: .variable).slot
                code.localFunctions.append((slot, try self.function(function, inferredName: nil)))
            }
        } else {
            var seen = Set<String>()
            for function in lexical.functions.reversed() {
                guard let id = function.id, seen.insert(id.name).inserted else { continue }
                let target = try evalVariableTarget(id.name, range: function.range)
                code.functions.insert((jsName(id.name), try self.function(function, inferredName: nil), target), at: 0)
            }
            for name in varNames where !seen.contains(name) {
                code.variables.append((jsName(name), try evalVariableTarget(name, range: program.range)))
            }
        }
        code.body = try statements(program.body)
        code.template = evalScope.template
        return code
    }

    /// Where a `var` (or function) declared by sloppy-mode eval code lives: the slot of a
    /// variable the enclosing function already has, a variable added to that function's scope
    /// at run time, or a property of the global object. A `let`/`const`/block function of the
    /// same name in between is an error, as the specification requires.
    private func evalVariableTarget(_ name: String, range: SourceRange) throws -> EvalVariableTarget {
        var hops = 1
        var current: CompilerScope? = scope.parent
        while let candidate = current {
            switch candidate.kind {
            case .program:
                return .global
            case .function:
                if let binding = candidate.lookup(name), binding.kind != .functionName {
                    guard binding.kind == .variable else { throw Compiler.redeclared(name, range) }
                    return .slot(hops: hops, slot: binding.slot)
                }
                return .evalVariables(hops: hops)
            case .evalCode where candidate.isStrict:
                if let binding = candidate.lookup(name), binding.kind == .variable { return .slot(hops: hops, slot: binding.slot) }
                if candidate.lookup(name) != nil { throw Compiler.redeclared(name, range) }
            case .evalCode, .block:
                if candidate.lookup(name) != nil, !candidate.isCatchScope { throw Compiler.redeclared(name, range) }
            }
            if candidate.isMaterialized { hops += 1 }
            current = candidate.parent
        }
        return .global
    }

    static func redeclared(_ name: String, _ range: SourceRange) -> ScriptError {
        ScriptError(kind: .syntaxError, name: "SyntaxError", message: "Identifier '\(name)' has already been declared", range: range)
    }
}

/// What a direct `eval` call site knows about its surroundings.
struct EvalContext {
    /// The compile-time scope at the call (names resolve through it).
    let scope: CompilerScope
    let isStrict: Bool
    /// Inside a non-arrow function (`new.target` allowed).
    let inFunction: Bool
}

/// Where a sloppy eval's `var` lives (hops counted from the eval code's own scope).
enum EvalVariableTarget {
    case slot(hops: Int, slot: Int)
    case evalVariables(hops: Int)
    case global
}

/// Compiled eval code.
struct EvalCode {
    let isStrict: Bool
    var body: [StatementNode] = []
    /// Initial slots of the eval code's own scope.
    var template: [Value] = []
    /// Sloppy mode: function declarations and the other `var` names, with where they go.
    var functions: [(name: JSString, code: FunctionCode, target: EvalVariableTarget)] = []
    var variables: [(name: JSString, target: EvalVariableTarget)] = []
    /// Strict mode: function declarations, in the eval code's own scope.
    var localFunctions: [(slot: Int, code: FunctionCode)] = []

    init(isStrict: Bool) { self.isStrict = isStrict }
}
