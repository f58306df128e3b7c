import SlingrDiagnostics

/// `while (test) body`.
/// ESTree `WhileStatement`.
public final class WhileStatement: SyntaxNode {
    public let range: SourceRange
    public let test: Expression
    public let body: Statement

    public init(test: Expression, body: Statement, range: SourceRange) {
        self.test = test
        self.body = body
        self.range = range
    }

    public var estreeType: String { "WhileStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(test, visit)
        visitChildren(body, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("test", dumper.json(test)),
            ("body", dumper.json(body)),
        ]
    }
}
