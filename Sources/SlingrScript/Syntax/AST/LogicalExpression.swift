import SlingrDiagnostics

/// `&&`, `||` and `??`.
/// ESTree `LogicalExpression`.
public final class LogicalExpression: SyntaxNode, ChainLinkNode, @unchecked Sendable {
    public let range: SourceRange
    /// Mutable only so that deinit can free a long chain iteratively (see `ChainDismantler`).
    @exclusivity(unchecked) public private(set) var left: Expression
    public let `operator`: LogicalOperator
    public let right: Expression

    public init(left: Expression, `operator`: LogicalOperator, right: Expression, range: SourceRange) {
        self.left = left
        self.operator = `operator`
        self.right = right
        self.range = range
    }

    deinit {
        ChainDismantler.release(&left)
    }

    /// Takes the chain child out (leaving a placeholder), for `ChainDismantler`.
    func detachChainChild() -> Expression {
        var taken: Expression = ChainDismantler.detached
        swap(&taken, &left)
        return taken
    }

    public var estreeType: String { "LogicalExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(left, visit)
        visitChildren(right, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("left", dumper.json(left)),
            ("operator", .string(self.operator.rawValue)),
            ("right", dumper.json(right)),
        ]
    }
}
