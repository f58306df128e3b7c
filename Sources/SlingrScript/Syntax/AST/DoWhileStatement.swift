import SlingrDiagnostics

/// `do body while (test)`.
/// ESTree `DoWhileStatement`.
public final class DoWhileStatement: SyntaxNode {
    public let range: SourceRange
    public let body: Statement
    public let test: Expression

    public init(body: Statement, test: Expression, range: SourceRange) {
        self.body = body
        self.test = test
        self.range = range
    }

    public var estreeType: String { "DoWhileStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(body, visit)
        visitChildren(test, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("body", dumper.json(body)),
            ("test", dumper.json(test)),
        ]
    }
}
