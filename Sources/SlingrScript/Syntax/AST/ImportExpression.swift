import SlingrDiagnostics

/// A dynamic `import(source)` call.
/// ESTree `ImportExpression`.
public final class ImportExpression: SyntaxNode {
    public let range: SourceRange
    public let source: Expression
    /// The optional second argument (`import(source, { with: ... })`).
    public let options: Expression?

    public init(source: Expression, options: Expression? = nil, range: SourceRange) {
        self.source = source
        self.options = options
        self.range = range
    }

    public var estreeType: String { "ImportExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(source, visit)
        visitChildren(options, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("source", dumper.json(source)),
            ("options", dumper.json(options)),
        ]
    }
}
