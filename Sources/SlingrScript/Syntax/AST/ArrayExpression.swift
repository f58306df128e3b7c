import SlingrDiagnostics

/// `[a, , ...b]`; holes are nil.
/// ESTree `ArrayExpression`.
public final class ArrayExpression: SyntaxNode {
    public let range: SourceRange
    public let elements: [ExpressionElement?]

    public init(elements: [ExpressionElement?], range: SourceRange) {
        self.elements = elements
        self.range = range
    }

    public var estreeType: String { "ArrayExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(elements, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("elements", dumper.json(elements))]
    }
}
