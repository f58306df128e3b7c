import SlingrDiagnostics

/// `var`/`let`/`const` followed by one or more declarators.
/// ESTree `VariableDeclaration`.
public final class VariableDeclaration: SyntaxNode {
    public let range: SourceRange
    public let declarations: [VariableDeclarator]
    public let kind: VariableKind

    public init(declarations: [VariableDeclarator], kind: VariableKind, range: SourceRange) {
        self.declarations = declarations
        self.kind = kind
        self.range = range
    }

    public var estreeType: String { "VariableDeclaration" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(declarations, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("declarations", dumper.json(declarations)),
            ("kind", .string(kind.rawValue)),
        ]
    }
}
