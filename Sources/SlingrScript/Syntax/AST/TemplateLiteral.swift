import SlingrDiagnostics

/// `` `text ${expression} text` ``: `quasis.count == expressions.count + 1`.
/// ESTree `TemplateLiteral`.
public final class TemplateLiteral: SyntaxNode {
    public let range: SourceRange
    public let quasis: [TemplateElement]
    public let expressions: [Expression]

    public init(quasis: [TemplateElement], expressions: [Expression], range: SourceRange) {
        self.quasis = quasis
        self.expressions = expressions
        self.range = range
    }

    public var estreeType: String { "TemplateLiteral" }

    /// Visits the quasis and expressions interleaved, in source order.
    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        for (index, quasi) in quasis.enumerated() {
            visit(quasi)
            if index < expressions.count { visit(expressions[index].node) }
        }
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("quasis", dumper.json(quasis)),
            ("expressions", dumper.json(expressions)),
        ]
    }
}
