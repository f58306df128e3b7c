import SlingrDiagnostics

/// `left = right`: a default value in a pattern or parameter list.
/// ESTree `AssignmentPattern`.
public final class AssignmentPattern: SyntaxNode {
    public let range: SourceRange
    public let left: Pattern
    public let right: Expression

    public init(left: Pattern, right: Expression, range: SourceRange) {
        self.left = left
        self.right = right
        self.range = range
    }

    public var estreeType: String { "AssignmentPattern" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(left, visit)
        visitChildren(right, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("left", dumper.json(left)),
            ("right", dumper.json(right)),
        ]
    }
}
