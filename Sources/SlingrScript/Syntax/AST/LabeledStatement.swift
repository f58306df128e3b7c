import SlingrDiagnostics

/// `label: body`.
/// ESTree `LabeledStatement`.
public final class LabeledStatement: SyntaxNode {
    public let range: SourceRange
    public let label: Identifier
    public let body: Statement

    public init(label: Identifier, body: Statement, range: SourceRange) {
        self.label = label
        self.body = body
        self.range = range
    }

    public var estreeType: String { "LabeledStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(label, visit)
        visitChildren(body, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("label", dumper.json(label)),
            ("body", dumper.json(body)),
        ]
    }
}
