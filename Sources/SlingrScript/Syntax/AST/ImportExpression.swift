import SlingrDiagnostics

/// A dynamic `import(source)` call.
/// ESTree `ImportExpression`.
public final class ImportExpression: SyntaxNode {
    public let range: SourceRange
    public let source: Expression

    public init(source: Expression, range: SourceRange) {
        self.source = source
        self.range = range
    }

    public var estreeType: String { "ImportExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(source, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, JSONOutput)] {
        [
            ("source", dumper.json(source)),
            ("options", .null),
        ]
    }
}
