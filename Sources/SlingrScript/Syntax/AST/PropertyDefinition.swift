import SlingrDiagnostics

/// A class field `key = value;` (`value` is nil without initializer).
/// ESTree `PropertyDefinition`.
public final class PropertyDefinition: SyntaxNode {
    public let range: SourceRange
    public let isStatic: Bool
    public let key: PropertyKey
    public let value: Expression?

    public init(isStatic: Bool, key: PropertyKey, value: Expression?, range: SourceRange) {
        self.isStatic = isStatic
        self.key = key
        self.value = value
        self.range = range
    }

    public var estreeType: String { "PropertyDefinition" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(key, visit)
        visitChildren(value, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("static", .bool(isStatic)),
            ("key", dumper.json(key)),
            ("value", dumper.json(value)),
            ("computed", .bool(key.isComputed)),
        ]
    }
}
