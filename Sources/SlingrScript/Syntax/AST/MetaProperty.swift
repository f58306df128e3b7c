import SlingrDiagnostics

/// `new.target`.
/// ESTree `MetaProperty`.
public final class MetaProperty: SyntaxNode {
    public let range: SourceRange
    public let meta: Identifier
    public let property: Identifier

    public init(meta: Identifier, property: Identifier, range: SourceRange) {
        self.meta = meta
        self.property = property
        self.range = range
    }

    public var estreeType: String { "MetaProperty" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(meta, visit)
        visitChildren(property, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("meta", dumper.json(meta)),
            ("property", dumper.json(property)),
        ]
    }
}
