import SlingrDiagnostics

/// `&&`, `||` and `??`.
/// ESTree `LogicalExpression`.
public final class LogicalExpression: SyntaxNode {
    public let range: SourceRange
    public let left: Expression
    public let `operator`: LogicalOperator
    public let right: Expression

    public init(left: Expression, `operator`: LogicalOperator, right: Expression, range: SourceRange) {
        self.left = left
        self.operator = `operator`
        self.right = right
        self.range = range
    }

    public var estreeType: String { "LogicalExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(left, visit)
        visitChildren(right, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, JSONOutput)] {
        [
            ("left", dumper.json(left)),
            ("operator", .string(self.operator.rawValue)),
            ("right", dumper.json(right)),
        ]
    }
}
