import SlingrDiagnostics

/// `for (init; test; update) body`.
/// ESTree `ForStatement`.
public final class ForStatement: SyntaxNode {
    public let range: SourceRange
    public let initializer: ForInit?
    public let test: Expression?
    public let update: Expression?
    public let body: Statement

    public init(initializer: ForInit?, test: Expression?, update: Expression?, body: Statement, range: SourceRange) {
        self.initializer = initializer
        self.test = test
        self.update = update
        self.body = body
        self.range = range
    }

    public var estreeType: String { "ForStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(initializer, visit)
        visitChildren(test, visit)
        visitChildren(update, visit)
        visitChildren(body, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("init", dumper.json(initializer)),
            ("test", dumper.json(test)),
            ("update", dumper.json(update)),
            ("body", dumper.json(body)),
        ]
    }
}
