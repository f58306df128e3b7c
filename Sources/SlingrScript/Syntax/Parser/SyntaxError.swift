import SlingrDiagnostics

/// A JavaScript syntax error with V8's message (`Unexpected token ';'`, `Invalid or
/// unexpected token`, ...) and its location kept separately.
///
/// `description` renders it the way acorn does, `message (line:column)`, with a 1-based line
/// and a 0-based column; `diagnostic(in:)` gives the house `Diagnostic` (1-based columns).
public struct SyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    /// UTF-8 byte offset where the error was found.
    public let offset: Int
    /// 1-based line.
    public let line: Int
    /// 0-based column in Unicode scalars, as in acorn's messages (acorn counts UTF-16 units;
    /// the two agree except after astral characters on the same line).
    public let column: Int

    public init(message: String, offset: Int, line: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    init(message: String, offset: Int, in source: SourceFile) {
        let location = source.location(of: offset)
        self.init(message: message, offset: offset, line: location.line, column: location.column - 1)
    }

    public var description: String { "\(message) (\(line):\(column))" }

    /// The rule id of syntax diagnostics.
    public static let ruleId = "js-syntax"

    /// This error as a diagnostic (rule `js-syntax`, severity error) located in `source`.
    public func diagnostic(in source: SourceFile) -> Diagnostic {
        Diagnostic(
            ruleId: SyntaxError.ruleId, severity: .error, message: message,
            in: source, range: SourceRange(at: offset)
        )
    }
}
