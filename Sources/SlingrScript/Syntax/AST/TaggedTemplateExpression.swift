import SlingrDiagnostics

/// `` tag`text` ``.
/// ESTree `TaggedTemplateExpression`.
public final class TaggedTemplateExpression: SyntaxNode, ChainLinkNode, @unchecked Sendable {
    public let range: SourceRange
    /// Mutable only so that deinit can free a long chain iteratively (see `ChainDismantler`).
    public private(set) var tag: Expression
    public let quasi: TemplateLiteral

    public init(tag: Expression, quasi: TemplateLiteral, range: SourceRange) {
        self.tag = tag
        self.quasi = quasi
        self.range = range
    }

    deinit {
        ChainDismantler.release(&tag)
    }

    /// Takes the chain child out (leaving a placeholder), for `ChainDismantler`.
    func detachChainChild() -> Expression {
        var taken: Expression = ChainDismantler.detached
        swap(&taken, &tag)
        return taken
    }

    public var estreeType: String { "TaggedTemplateExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(tag, visit)
        visitChildren(quasi, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("tag", dumper.json(tag)),
            ("quasi", dumper.json(quasi)),
        ]
    }
}
