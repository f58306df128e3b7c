import SlingrDiagnostics

/// `{ key: value, ...spread }`.
/// ESTree `ObjectExpression`.
public final class ObjectExpression: SyntaxNode {
    public let range: SourceRange
    public let properties: [ObjectMember]

    public init(properties: [ObjectMember], range: SourceRange) {
        self.properties = properties
        self.range = range
    }

    public var estreeType: String { "ObjectExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(properties, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("properties", dumper.json(properties))]
    }
}
