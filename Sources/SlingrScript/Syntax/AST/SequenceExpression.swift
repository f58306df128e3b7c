import SlingrDiagnostics

/// `a, b, c` (comma operator).
/// ESTree `SequenceExpression`.
public final class SequenceExpression: SyntaxNode {
    public let range: SourceRange
    public let expressions: [Expression]

    public init(expressions: [Expression], range: SourceRange) {
        self.expressions = expressions
        self.range = range
    }

    public var estreeType: String { "SequenceExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(expressions, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("expressions", dumper.json(expressions))]
    }
}
