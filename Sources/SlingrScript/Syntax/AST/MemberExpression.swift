import SlingrDiagnostics

/// `object.name`, `object[expression]`, `object.#name`, or the `?.` forms when `isOptional`.
/// ESTree `MemberExpression`.
public final class MemberExpression: SyntaxNode, ChainLinkNode, @unchecked Sendable {
    public let range: SourceRange
    /// May be `.super`.
    /// Mutable only so that deinit can free a long chain iteratively (see `ChainDismantler`).
    @exclusivity(unchecked) public private(set) var object: Expression
    public let property: MemberProperty
    /// True for the link written `?.` (the whole chain is wrapped in a `ChainExpression`).
    public let isOptional: Bool

    public init(object: Expression, property: MemberProperty, isOptional: Bool, range: SourceRange) {
        self.object = object
        self.property = property
        self.isOptional = isOptional
        self.range = range
    }

    deinit {
        ChainDismantler.release(&object)
    }

    /// Takes the chain child out (leaving a placeholder), for `ChainDismantler`.
    func detachChainChild() -> Expression {
        var taken: Expression = ChainDismantler.detached
        swap(&taken, &object)
        return taken
    }

    public var estreeType: String { "MemberExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(object, visit)
        visitChildren(property, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("object", dumper.json(object)),
            ("property", dumper.json(property)),
            ("optional", .bool(isOptional)),
            ("computed", .bool(property.isComputed)),
        ]
    }
}
