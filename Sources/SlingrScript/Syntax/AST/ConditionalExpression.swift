import SlingrDiagnostics

/// `test ? consequent : alternate`.
/// ESTree `ConditionalExpression`.
public final class ConditionalExpression: SyntaxNode {
    public let range: SourceRange
    public let test: Expression
    public let consequent: Expression
    public let alternate: Expression

    public init(test: Expression, consequent: Expression, alternate: Expression, range: SourceRange) {
        self.test = test
        self.consequent = consequent
        self.alternate = alternate
        self.range = range
    }

    public var estreeType: String { "ConditionalExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(test, visit)
        visitChildren(consequent, visit)
        visitChildren(alternate, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("test", dumper.json(test)),
            ("consequent", dumper.json(consequent)),
            ("alternate", dumper.json(alternate)),
        ]
    }
}
