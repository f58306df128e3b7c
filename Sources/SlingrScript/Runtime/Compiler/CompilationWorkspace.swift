/// What an interpreter keeps between compilations of the configuration expressions it
/// evaluates one after another (`ScriptInterpreter.evaluateExpression`), so that each one does
/// not set up the parser's buffers again. Owned by one interpreter, so not thread-safe either.
final class CompilationWorkspace {
    let parserStorage = ParserStorage()
}
