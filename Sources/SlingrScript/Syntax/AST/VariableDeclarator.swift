import SlingrDiagnostics

/// `id = init` inside a variable declaration.
/// ESTree `VariableDeclarator`.
public final class VariableDeclarator: SyntaxNode {
    public let range: SourceRange
    public let id: Pattern
    public let initializer: Expression?

    public init(id: Pattern, initializer: Expression?, range: SourceRange) {
        self.id = id
        self.initializer = initializer
        self.range = range
    }

    public var estreeType: String { "VariableDeclarator" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(id, visit)
        visitChildren(initializer, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("id", dumper.json(id)),
            ("init", dumper.json(initializer)),
        ]
    }
}
