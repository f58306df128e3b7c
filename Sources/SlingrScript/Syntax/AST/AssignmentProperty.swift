import SlingrDiagnostics

/// A member of an object pattern: `key: value` or shorthand `key` (ESTree type `Property`).
/// ESTree `Property`.
public final class AssignmentProperty: SyntaxNode {
    public let range: SourceRange
    public let key: PropertyKey
    /// For shorthand `{ a = 1 }` an `.assignment` pattern whose left side is the identifier.
    public let value: Pattern
    public let isShorthand: Bool

    public init(key: PropertyKey, value: Pattern, isShorthand: Bool, range: SourceRange) {
        self.key = key
        self.value = value
        self.isShorthand = isShorthand
        self.range = range
    }

    public var estreeType: String { "Property" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(key, visit)
        visitChildren(value, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("key", dumper.json(key)),
            ("value", dumper.json(value)),
            ("shorthand", .bool(isShorthand)),
            ("computed", .bool(key.isComputed)),
            ("method", .bool(false)),
            ("kind", .string("init")),
        ]
    }
}
