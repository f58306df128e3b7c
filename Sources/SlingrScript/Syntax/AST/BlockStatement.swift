import SlingrDiagnostics

/// `{ ... }`: a statement list with its own lexical scope.
/// ESTree `BlockStatement`.
public final class BlockStatement: SyntaxNode {
    public let range: SourceRange
    public let body: [Statement]

    public init(body: [Statement], range: SourceRange) {
        self.body = body
        self.range = range
    }

    public var estreeType: String { "BlockStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(body, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("body", dumper.json(body))]
    }
}
