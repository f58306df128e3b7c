import SlingrDiagnostics

/// Wraps a member/call chain that contains `?.`, marking where short-circuiting stops.
/// ESTree `ChainExpression`.
public final class ChainExpression: SyntaxNode {
    public let range: SourceRange
    /// A `.member` or `.call`.
    public let expression: Expression

    public init(expression: Expression, range: SourceRange) {
        self.expression = expression
        self.range = range
    }

    public var estreeType: String { "ChainExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(expression, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, JSONOutput)] {
        [("expression", dumper.json(expression))]
    }
}
