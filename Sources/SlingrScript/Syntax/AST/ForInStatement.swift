import SlingrDiagnostics

/// `for (left in right) body`.
/// ESTree `ForInStatement`.
public final class ForInStatement: SyntaxNode {
    public let range: SourceRange
    public let left: ForInOfLeft
    public let right: Expression
    public let body: Statement

    public init(left: ForInOfLeft, right: Expression, body: Statement, range: SourceRange) {
        self.left = left
        self.right = right
        self.body = body
        self.range = range
    }

    public var estreeType: String { "ForInStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(left, visit)
        visitChildren(right, visit)
        visitChildren(body, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("left", dumper.json(left)),
            ("right", dumper.json(right)),
            ("body", dumper.json(body)),
        ]
    }
}
