import SlingrDiagnostics

/// `static { ... }` inside a class body.
/// ESTree `StaticBlock`.
public final class StaticBlock: SyntaxNode {
    public let range: SourceRange
    public let body: [Statement]

    public init(body: [Statement], range: SourceRange) {
        self.body = body
        self.range = range
    }

    public var estreeType: String { "StaticBlock" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(body, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("body", dumper.json(body))]
    }
}
