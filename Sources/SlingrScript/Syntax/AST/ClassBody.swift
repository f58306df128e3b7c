import SlingrDiagnostics

/// The `{ ... }` of a class.
/// ESTree `ClassBody`.
public final class ClassBody: SyntaxNode {
    public let range: SourceRange
    public let body: [ClassElement]

    public init(body: [ClassElement], range: SourceRange) {
        self.body = body
        self.range = range
    }

    public var estreeType: String { "ClassBody" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(body, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("body", dumper.json(body))]
    }
}
