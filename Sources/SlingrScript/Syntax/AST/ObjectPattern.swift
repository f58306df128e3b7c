import SlingrDiagnostics

/// `{ a, b: c, ...rest }` as a binding or assignment target.
/// ESTree `ObjectPattern`.
public final class ObjectPattern: SyntaxNode {
    public let range: SourceRange
    public let properties: [ObjectPatternMember]

    public init(properties: [ObjectPatternMember], range: SourceRange) {
        self.properties = properties
        self.range = range
    }

    public var estreeType: String { "ObjectPattern" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(properties, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("properties", dumper.json(properties))]
    }
}
