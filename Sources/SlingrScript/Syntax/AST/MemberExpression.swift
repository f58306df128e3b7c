import SlingrDiagnostics

/// `object.name`, `object[expression]`, `object.#name`, or the `?.` forms when `isOptional`.
/// ESTree `MemberExpression`.
public final class MemberExpression: SyntaxNode {
    public let range: SourceRange
    /// May be `.super`.
    public let object: Expression
    public let property: MemberProperty
    /// True for the link written `?.` (the whole chain is wrapped in a `ChainExpression`).
    public let isOptional: Bool

    public init(object: Expression, property: MemberProperty, isOptional: Bool, range: SourceRange) {
        self.object = object
        self.property = property
        self.isOptional = isOptional
        self.range = range
    }

    public var estreeType: String { "MemberExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(object, visit)
        visitChildren(property, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, JSONOutput)] {
        [
            ("object", dumper.json(object)),
            ("property", dumper.json(property)),
            ("optional", .bool(isOptional)),
            ("computed", .bool(property.isComputed)),
        ]
    }
}
