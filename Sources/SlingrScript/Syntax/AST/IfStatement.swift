import SlingrDiagnostics

/// `if (test) consequent else alternate`.
/// ESTree `IfStatement`.
public final class IfStatement: SyntaxNode {
    public let range: SourceRange
    public let test: Expression
    public let consequent: Statement
    public let alternate: Statement?

    public init(test: Expression, consequent: Statement, alternate: Statement?, range: SourceRange) {
        self.test = test
        self.consequent = consequent
        self.alternate = alternate
        self.range = range
    }

    public var estreeType: String { "IfStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(test, visit)
        visitChildren(consequent, visit)
        visitChildren(alternate, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, JSONOutput)] {
        [
            ("test", dumper.json(test)),
            ("consequent", dumper.json(consequent)),
            ("alternate", dumper.json(alternate)),
        ]
    }
}
