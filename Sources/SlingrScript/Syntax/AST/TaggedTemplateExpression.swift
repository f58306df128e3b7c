import SlingrDiagnostics

/// `` tag`text` ``.
/// ESTree `TaggedTemplateExpression`.
public final class TaggedTemplateExpression: SyntaxNode {
    public let range: SourceRange
    public let tag: Expression
    public let quasi: TemplateLiteral

    public init(tag: Expression, quasi: TemplateLiteral, range: SourceRange) {
        self.tag = tag
        self.quasi = quasi
        self.range = range
    }

    public var estreeType: String { "TaggedTemplateExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(tag, visit)
        visitChildren(quasi, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, JSONOutput)] {
        [
            ("tag", dumper.json(tag)),
            ("quasi", dumper.json(quasi)),
        ]
    }
}
