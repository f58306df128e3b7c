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
/// error (`nesting deeper than 1000 levels is not supported`, at the token that opens the
/// level too many) rather than a stack overflow. Chains are not nesting: a million `+` terms,
/// member accesses, calls or `else if` branches parse in a loop. Lexing and parsing are linear
/// in the input size.
///
/// The reference is node 20: V8 (`vm.Script`) for which programs are valid, acorn for tree
/// shapes and message wording (the tests check both). Deliberate or known differences:
/// - V8's web-compatibility quirks are followed: `f() = 1`, `f()++` and `for (f() in o)` are
///   accepted (as `Pattern.call`; they throw at run time), and legacy octal literals are errors
///   only inside strict functions, not in class bodies of sloppy code (`class A { 08 }`).
/// - V8 wrongly rejects a destructuring assignment passed as an argument after an array or
///   object literal that is not a valid pattern (`f([1], [a] = b)`); this parser accepts it.
/// - The regular-expression `v` flag (unicode sets, ES2024) is not supported: node 20 accepts
///   it, this parser reports `Invalid regular expression flag`.
/// - Locations count columns in Unicode scalars (acorn: UTF-16 units) and lines break only at
///   `\n`, `\r\n` and `\r` (acorn also breaks at U+2028/U+2029).
/// - A few errors that acorn reports only as `Unexpected token` use V8's clearer wording
///   (`Missing initializer in const declaration`, misplaced function declarations).
public enum JavaScriptParser {
    /// Parser settings; the defaults suit package scripts.
    public struct Options: Sendable, Hashable {
        /// Allow `return` at the top level (for statement lists evaluated as function bodies).
        public var allowReturnOutsideFunction: Bool
        /// Read `@config` as the identifier `config` (its range still covers `@config`), which is
        /// how Slingr configuration expressions reference the configuration. Never applies inside
        /// strings, templates, comments or regular expressions.
        public var slingrConfigReferences: Bool
        /// Deepest nesting accepted. One level is: a pair of brackets (`( )` of any kind,
        /// including call arguments and parameter lists, `[ ]`, `{ }` of blocks, bodies and
        /// literals, a template literal with its `${ }`), a class, a `new`, an operator whose
        /// operand is another such expression (a prefix operator such as `!`, `typeof` or `++`,
        /// `await`, `yield`, the right side of `=` and `**`, `?:`, an arrow function's expression
        /// body), or the body of `if`, `else`, a loop, `with` or a label when it is not a block.
        ///
        /// Chains do not nest and have no limit: `a + b + c`, `a && b || c`, `a.b[c](d)`,
        /// `f()()`, `a, b, c`, `if ... else if ...`. The tree is deep along such a chain, so
        /// every consumer walks chains with loops; anything else it may recurse on is bounded
        /// by this limit. node accepts at least 1,000 levels of every kind.
        public var maximumNestingDepth: Int
        /// Parsing stops after this many errors.
        public var maximumErrors: Int
        /// Parse the code as strict mode code even without a `"use strict"` directive (direct
        /// `eval` called from strict code).
        public var startsStrict: Bool
        /// Allow `new.target` outside functions (direct `eval` called inside a function).
        public var allowNewTarget: Bool
        /// Keep the ranges of comments in `ParseResult.comments` (lint reads suppressions).
        public var keepsComments = false

        public init(
            allowReturnOutsideFunction: Bool = false,
            slingrConfigReferences: Bool = false,
            maximumNestingDepth: Int = 1_000,
            maximumErrors: Int = 50,
            startsStrict: Bool = false,
            allowNewTarget: Bool = false
        ) {
            self.allowReturnOutsideFunction = allowReturnOutsideFunction
            self.slingrConfigReferences = slingrConfigReferences
            self.maximumNestingDepth = maximumNestingDepth
            self.maximumErrors = maximumErrors
            self.startsStrict = startsStrict
            self.allowNewTarget = allowNewTarget
        }
    }

    /// The error for nesting deeper than `limit` (see `Options.maximumNestingDepth`).
    public static func nestingMessage(limit: Int) -> String {
        "nesting deeper than \(limit) levels is not supported"
    }

    /// The error when nesting within the limit still does not fit in the calling thread's stack
    /// (a thread with a small stack, or a debug build).
    static func stackExhaustedMessage(levels: Int) -> String {
        "nesting of \(levels) levels does not fit in this thread's stack"
    }

    /// Parses a whole script.
    public static func parseProgram(_ source: SourceFile, options: Options = Options()) -> ParseResult<Program> {
        var parser = Parser(bytes: SourceBytes(source.bytes), options: options)
        let program = parser.parseProgram()
        return ParseResult(tree: program, errors: parser.errors(in: source), comments: parser.lexer.comments ?? [])
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
        var parser = Parser(bytes: SourceBytes(source.bytes), options: options)
        let expression = parser.parseSingleExpression()
        return ParseResult(tree: expression, errors: parser.errors(in: source))
    }

    /// Convenience for tests and tools: parses `text` as a program named `path`.
    ///
    /// The text is copied once into the lexer's buffer; a `SourceFile` (with its line table)
    /// is built only when there are errors to locate.
    public static func parseProgram(_ text: String, path: String = "<input>", options: Options = Options()) -> ParseResult<Program> {
        var parser = Parser(bytes: SourceBytes(text), options: options)
        let program = parser.parseProgram()
        return ParseResult(tree: program, errors: parser.hasErrors ? parser.errors(in: SourceFile(path: path, text: text)) : [])
    }

    /// `parseStatements` of `text` named `path`.
    static func parseStatements(_ text: String, path: String, options: Options = Options()) -> ParseResult<Program> {
        var adjusted = options
        adjusted.allowReturnOutsideFunction = true
        return parseProgram(text, path: path, options: adjusted)
    }

    /// `parseExpression` of `text` named `path`, with the parser's buffers taken from (and
    /// returned to) `storage`, for callers that parse many small expressions.
    static func parseExpression(
        _ text: String, path: String, options: Options, storage: ParserStorage
    ) -> ParseResult<Expression?> {
        var parser = Parser(source: text, options: options, storage: storage)
        let expression = parser.parseSingleExpression()
        let errors = parser.hasErrors ? parser.errors(in: SourceFile(path: path, text: text)) : []
        parser.finish()
        return ParseResult(tree: expression, errors: errors)
    }

    /// `parseExpression` of `text` named `path` (without building a line table unless needed).
    static func parseExpression(_ text: String, path: String, options: Options = Options()) -> ParseResult<Expression?> {
        var parser = Parser(bytes: SourceBytes(text), options: options)
        let expression = parser.parseSingleExpression()
        return ParseResult(tree: expression, errors: parser.hasErrors ? parser.errors(in: SourceFile(path: path, text: text)) : [])
    }
}
