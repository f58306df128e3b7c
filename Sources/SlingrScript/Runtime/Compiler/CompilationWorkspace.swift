/// What an interpreter keeps between compilations of the configuration expressions it
/// evaluates one after another (`ScriptInterpreter.evaluateExpression`): the parser's buffers,
/// the names converted so far, and a compiler with its empty top-level scope, so that each
/// expression does not set these up again. Owned by one interpreter, so not thread-safe either.
final class CompilationWorkspace {
    let parserStorage = ParserStorage()
    let names = NameTable()
    private var compiler: Compiler?

    /// A compiler at the top level of a fresh expression.
    func expressionCompiler() -> Compiler {
        if let compiler, compiler.resetForExpression() { return compiler }
        let fresh = Compiler(scope: Compiler.expressionScope(), names: names)
        compiler = fresh
        return fresh
    }
}
