import SlingrDiagnostics

/// `with (object) body` (sloppy mode only).
/// ESTree `WithStatement`.
public final class WithStatement: SyntaxNode {
    public let range: SourceRange
    public let object: Expression
    public let body: Statement

    public init(object: Expression, body: Statement, range: SourceRange) {
        self.object = object
        self.body = body
        self.range = range
    }

    public var estreeType: String { "WithStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(object, visit)
        visitChildren(body, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("object", dumper.json(object)),
            ("body", dumper.json(body)),
        ]
    }
}
