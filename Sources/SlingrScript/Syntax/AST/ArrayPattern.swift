import SlingrDiagnostics

/// `[a, , b = 1, ...rest]` as a binding or assignment target; holes are nil.
/// ESTree `ArrayPattern`.
public final class ArrayPattern: SyntaxNode {
    public let range: SourceRange
    public let elements: [Pattern?]

    public init(elements: [Pattern?], range: SourceRange) {
        self.elements = elements
        self.range = range
    }

    public var estreeType: String { "ArrayPattern" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(elements, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("elements", dumper.json(elements))]
    }
}
