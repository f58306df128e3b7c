import SlingrDiagnostics

/// A class declaration or expression (class code is always strict).
/// ESTree `ClassDeclaration` or `ClassExpression`.
public final class ClassNode: SyntaxNode {
    public let range: SourceRange
    public let isDeclaration: Bool
    public let id: Identifier?
    /// The `extends` expression.
    public let superClass: Expression?
    public let body: ClassBody

    public init(isDeclaration: Bool, id: Identifier?, superClass: Expression?, body: ClassBody, range: SourceRange) {
        self.isDeclaration = isDeclaration
        self.id = id
        self.superClass = superClass
        self.body = body
        self.range = range
    }

    public var estreeType: String { isDeclaration ? "ClassDeclaration" : "ClassExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(id, visit)
        visitChildren(superClass, visit)
        visitChildren(body, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("id", dumper.json(id)), ("superClass", dumper.json(superClass)), ("body", dumper.json(body))]
    }
}
