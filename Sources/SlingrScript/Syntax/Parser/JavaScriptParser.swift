import SlingrDiagnostics

/// The JavaScript parser: script source in, ESTree-shaped syntax tree and syntax errors out.
///
/// Entry points:
/// - `parseProgram(_:options:)`: a whole script (ES2020 plus what node 20 accepts in scripts:
///   class fields, private names, static blocks, logical assignment, numeric separators, ...).
///   `import`/`export` declarations are errors, as in node's `vm.Script`.
/// - `parseExpression(_:options:)`: exactly one expression (a Slingr configuration expression
///   such as `@config.entity == 'contacts'` with `slingrConfigReferences`).
/// - `parseStatements(_:options:)`: a statement list that may `return`, like a function body.
///
/// Every call returns a `ParseResult` with the (possibly partial) tree and all errors. After an
/// error the parser skips to the next statement boundary and goes on, so one run reports
/// several problems (at most `Options.maximumErrors`). Early errors are reported as acorn and V8
/// report them at parse time (redeclarations, strict mode rules, invalid assignment targets,
/// regular-expression syntax, ...). Nesting deeper than `Options.maximumNestingDepth` is an
/// error (`Nesting too deep`) rather than a stack overflow. Lexing and parsing are linear in
/// the input size.
public enum JavaScriptParser {
    /// Parser settings; the defaults suit package scripts.
    public struct Options: Sendable, Hashable {
        /// Allow `return` at the top level (for statement lists evaluated as function bodies).
        public var allowReturnOutsideFunction: Bool
        /// Read `@config` as the identifier `config` (its range still covers `@config`), which is
        /// how Slingr configuration expressions reference the configuration. Never applies inside
        /// strings, templates, comments or regular expressions.
        public var slingrConfigReferences: Bool
        /// Deepest nesting of statements and expressions accepted (this also bounds the depth of
        /// the tree, so recursive consumers are safe).
        public var maximumNestingDepth: Int
        /// Parsing stops after this many errors.
        public var maximumErrors: Int

        public init(
            allowReturnOutsideFunction: Bool = false,
            slingrConfigReferences: Bool = false,
            maximumNestingDepth: Int = 1_000,
            maximumErrors: Int = 50
        ) {
            self.allowReturnOutsideFunction = allowReturnOutsideFunction
            self.slingrConfigReferences = slingrConfigReferences
            self.maximumNestingDepth = maximumNestingDepth
            self.maximumErrors = maximumErrors
        }
    }

    /// Parses a whole script.
    public static func parseProgram(_ source: SourceFile, options: Options = Options()) -> ParseResult<Program> {
        var parser = Parser(source: source, options: options)
        let program = parser.parseProgram()
        return ParseResult(tree: program, errors: parser.sortedErrors())
    }

    /// Parses a statement list in which `return` is allowed (a function body without braces).
    public static func parseStatements(_ source: SourceFile, options: Options = Options()) -> ParseResult<Program> {
        var adjusted = options
        adjusted.allowReturnOutsideFunction = true
        return parseProgram(source, options: adjusted)
    }

    /// Parses a single expression; the whole input must be that expression (a trailing `;` is
    /// not allowed). The tree is nil when no expression could be parsed.
    public static func parseExpression(_ source: SourceFile, options: Options = Options()) -> ParseResult<Expression?> {
        var parser = Parser(source: source, options: options)
        let expression = parser.parseSingleExpression()
        return ParseResult(tree: expression, errors: parser.sortedErrors())
    }

    /// Convenience for tests and tools: parses `text` as a program named `path`.
    public static func parseProgram(_ text: String, path: String = "<input>", options: Options = Options()) -> ParseResult<Program> {
        parseProgram(SourceFile(path: path, text: text), options: options)
    }
}
