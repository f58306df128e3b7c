import SlingrDiagnostics

/// `for (left of right) body`, or `for await (...)` when `isAwait`.
/// ESTree `ForOfStatement`.
public final class ForOfStatement: SyntaxNode {
    public let range: SourceRange
    public let isAwait: Bool
    public let left: ForInOfLeft
    public let right: Expression
    public let body: Statement

    public init(isAwait: Bool, left: ForInOfLeft, right: Expression, body: Statement, range: SourceRange) {
        self.isAwait = isAwait
        self.left = left
        self.right = right
        self.body = body
        self.range = range
    }

    public var estreeType: String { "ForOfStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(left, visit)
        visitChildren(right, visit)
        visitChildren(body, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("await", .bool(isAwait)),
            ("left", dumper.json(left)),
            ("right", dumper.json(right)),
            ("body", dumper.json(body)),
        ]
    }
}
