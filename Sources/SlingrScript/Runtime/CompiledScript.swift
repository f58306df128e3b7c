import SlingrDiagnostics

/// Source code compiled for evaluation: names resolved, operators specialised. Compile once and
/// evaluate many times, in any interpreter. A compiled script keeps per-site lookup caches, so
/// one instance must not be evaluated on several threads at once.
public final class CompiledScript {
    /// How the code runs.
    public enum Kind: Sendable, Hashable {
        /// One expression; the result is its value.
        case expression
        /// A statement list run like a function body (button actions): declarations are local,
        /// `return` is allowed, the result is the returned value or else the value of the last
        /// expression statement executed.
        case statements
        /// A script: top-level `var`/functions become globals, top-level `let`/`const` global
        /// lexical bindings (visible to later evaluations); the result is the completion value.
        case program
    }

    enum Body {
        case expression(ExpressionNode)
        case statements(FunctionCode)
        case program(ProgramCode)
    }

    public let kind: Kind
    let body: Body
    /// The node of an expression, which `body` keeps alive, apart so that evaluating it costs
    /// no reference counting.
    let expressionNode: Unmanaged<ExpressionNode>?

    init(expression node: ExpressionNode) {
        kind = .expression
        body = .expression(node)
        expressionNode = Unmanaged.passUnretained(node)
    }

    init(statements code: FunctionCode) {
        kind = .statements
        body = .statements(code)
        expressionNode = nil
    }

    init(program code: ProgramCode) {
        kind = .program
        body = .program(code)
        expressionNode = nil
    }

    // MARK: Compiling syntax trees

    /// Compiles an expression the parser produced (the tree is left as it is).
    public static func expression(_ expression: Expression) throws(ScriptError) -> CompiledScript {
        try self.expression(expression, takesTreeApart: false)
    }

    /// `takesTreeApart` when the tree was parsed for this compilation alone: the compiler may
    /// then free parts of it as it goes (see `Compiler.takesTreeApart`).
    static func expression(_ expression: Expression, takesTreeApart: Bool) throws(ScriptError) -> CompiledScript {
        do {
            return CompiledScript(expression: try Compiler.compileExpression(expression, takesTreeApart: takesTreeApart))
        } catch {
            throw CompiledScript.compileError(error)
        }
    }

    /// Compiles a statement list (parse it with `JavaScriptParser.parseStatements`).
    public static func statements(_ program: Program) throws(ScriptError) -> CompiledScript {
        try statements(program, takesTreeApart: false)
    }

    static func statements(_ program: Program, takesTreeApart: Bool, sourceText: SourceText? = nil) throws(ScriptError)
        -> CompiledScript
    {
        do {
            let code = try Compiler.compileStatementList(program, takesTreeApart: takesTreeApart, sourceText: sourceText)
            code.yieldsCompletionValue = true
            return CompiledScript(statements: code)
        } catch {
            throw CompiledScript.compileError(error)
        }
    }

    /// Compiles a script.
    public static func program(_ program: Program) throws(ScriptError) -> CompiledScript {
        try self.program(program, takesTreeApart: false)
    }

    static func program(_ program: Program, takesTreeApart: Bool, sourceText: SourceText? = nil) throws(ScriptError)
        -> CompiledScript
    {
        do {
            return CompiledScript(program: try Compiler.compileProgram(program, takesTreeApart: takesTreeApart, sourceText: sourceText))
        } catch {
            throw CompiledScript.compileError(error)
        }
    }

    static func compileError(_ error: any Error) -> ScriptError {
        if let scriptError = error as? ScriptError { return scriptError }
        if error is DirectEvalFound {
            // Only a tree the compiler took apart gets here; the callers that parsed it retry.
            return ScriptError(kind: .syntaxError, name: "SyntaxError", message: DirectEvalFound.message)
        }
        return ScriptError(kind: .syntaxError, name: "SyntaxError", message: "\(error)")
    }

    // MARK: Parsing and compiling source

    /// Parses and compiles one expression; `@config.x` means `config.x` unless disabled.
    public static func expression(_ source: String, slingrConfigReferences: Bool = true) throws(ScriptError) -> CompiledScript {
        var options = JavaScriptParser.Options()
        options.slingrConfigReferences = slingrConfigReferences
        let result = JavaScriptParser.parseExpression(source, path: "<expression>", options: options)
        guard result.errors.isEmpty, let tree = result.tree else {
            throw syntaxError(result.errors, SourceFile(path: "<expression>", text: source))
        }
        do {
            return try expression(tree, takesTreeApart: true)
        } catch where error.message == DirectEvalFound.message {
            let again = JavaScriptParser.parseExpression(source, path: "<expression>", options: options)
            guard let tree = again.tree else { throw syntaxError(again.errors, SourceFile(path: "<expression>", text: source)) }
            return try expression(tree, takesTreeApart: false)
        }
    }

    /// Parses and compiles one expression reusing `workspace`'s buffers; the compiled node is
    /// evaluated directly, without a `CompiledScript` around it.
    static func compileExpression(
        _ source: String, slingrConfigReferences: Bool, workspace: CompilationWorkspace
    ) throws(ScriptError) -> ExpressionNode {
        var options = JavaScriptParser.Options()
        options.slingrConfigReferences = slingrConfigReferences
        let result = JavaScriptParser.parseExpression(
            source, path: "<expression>", options: options, storage: workspace.parserStorage)
        guard result.errors.isEmpty, let tree = result.tree else {
            throw syntaxError(result.errors, SourceFile(path: "<expression>", text: source))
        }
        do {
            let compiler = workspace.expressionCompiler()
            compiler.takesTreeApart = true
            return try compiler.expression(tree)
        } catch is DirectEvalFound {
            // The compiler may have freed parts of the tree: compile a fresh parse, whole.
            let again = JavaScriptParser.parseExpression(source, path: "<expression>", options: options)
            guard let tree = again.tree else { throw syntaxError(again.errors, SourceFile(path: "<expression>", text: source)) }
            do {
                return try Compiler.compileExpression(tree)
            } catch {
                throw CompiledScript.compileError(error)
            }
        } catch {
            throw CompiledScript.compileError(error)
        }
    }

    /// Parses and compiles a statement list (a button action).
    public static func statements(_ source: String, slingrConfigReferences: Bool = true) throws(ScriptError) -> CompiledScript {
        var options = JavaScriptParser.Options()
        options.slingrConfigReferences = slingrConfigReferences
        let result = JavaScriptParser.parseStatements(source, path: "<statements>", options: options)
        guard result.errors.isEmpty else { throw syntaxError(result.errors, SourceFile(path: "<statements>", text: source)) }
        let text = SourceText(source)
        do {
            return try statements(result.tree, takesTreeApart: true, sourceText: text)
        } catch where error.message == DirectEvalFound.message {
            return try statements(
                JavaScriptParser.parseStatements(source, path: "<statements>", options: options).tree, takesTreeApart: false,
                sourceText: text)
        }
    }

    /// Parses and compiles a script (`configurationBuilder.js`).
    public static func program(_ source: String, path: String = "<script>") throws(ScriptError) -> CompiledScript {
        let result = JavaScriptParser.parseProgram(source, path: path)
        guard result.errors.isEmpty else { throw syntaxError(result.errors, SourceFile(path: path, text: source)) }
        let text = SourceText(source)
        do {
            return try program(result.tree, takesTreeApart: true, sourceText: text)
        } catch where error.message == DirectEvalFound.message {
            return try program(JavaScriptParser.parseProgram(source, path: path).tree, takesTreeApart: false, sourceText: text)
        }
    }

    /// The parser's errors as a `ScriptError` (the first one located, all as diagnostics).
    static func syntaxError(_ errors: [SyntaxError], _ file: SourceFile) -> ScriptError {
        let first = errors.first
        return ScriptError(
            kind: .syntaxError, name: "SyntaxError", message: first?.message ?? "Unexpected end of input",
            range: first.map { SourceRange(at: $0.offset) } ?? SourceRange(at: file.bytes.count),
            syntaxErrors: errors, syntaxDiagnostics: errors.map { $0.diagnostic(in: file) })
    }
}
