import SlingrDiagnostics

/// `left = right`, `left += right`, `left ??= right`, ...
/// ESTree `AssignmentExpression`.
public final class AssignmentExpression: SyntaxNode {
    public let range: SourceRange
    public let `operator`: AssignmentOperator
    /// Any pattern for `=`; an `.identifier` or `.member` for compound operators.
    public let left: Pattern
    public let right: Expression

    public init(`operator`: AssignmentOperator, left: Pattern, right: Expression, range: SourceRange) {
        self.operator = `operator`
        self.left = left
        self.right = right
        self.range = range
    }

    public var estreeType: String { "AssignmentExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(left, visit)
        visitChildren(right, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("operator", .string(self.operator.rawValue)),
            ("left", dumper.json(left)),
            ("right", dumper.json(right)),
        ]
    }
}
