import SlingrDiagnostics

/// Arithmetic, comparison, bitwise, `in` and `instanceof` operators.
/// ESTree `BinaryExpression`.
public final class BinaryExpression: SyntaxNode {
    public let range: SourceRange
    /// A `.privateName` only for `#x in object`.
    public let left: Expression
    public let `operator`: BinaryOperator
    public let right: Expression

    public init(left: Expression, `operator`: BinaryOperator, right: Expression, range: SourceRange) {
        self.left = left
        self.operator = `operator`
        self.right = right
        self.range = range
    }

    public var estreeType: String { "BinaryExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(left, visit)
        visitChildren(right, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, JSONOutput)] {
        [
            ("left", dumper.json(left)),
            ("operator", .string(self.operator.rawValue)),
            ("right", dumper.json(right)),
        ]
    }
}
