import SlingrDiagnostics

/// Wraps a member/call chain that contains `?.`, marking where short-circuiting stops.
/// ESTree `ChainExpression`.
public final class ChainExpression: SyntaxNode, ChainLinkNode, @unchecked Sendable {
    public let range: SourceRange
    /// A `.member` or `.call`.
    /// Mutable only so that deinit can free a long chain iteratively (see `ChainDismantler`).
    @exclusivity(unchecked) public private(set) var expression: Expression

    public init(expression: Expression, range: SourceRange) {
        self.expression = expression
        self.range = range
    }

    deinit {
        ChainDismantler.release(&expression)
    }

    /// Takes the chain child out (leaving a placeholder), for `ChainDismantler`.
    func detachChainChild() -> Expression {
        var taken: Expression = ChainDismantler.detached
        swap(&taken, &expression)
        return taken
    }

    public var estreeType: String { "ChainExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(expression, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("expression", dumper.json(expression))]
    }
}
