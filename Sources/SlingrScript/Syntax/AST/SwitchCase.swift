import SlingrDiagnostics

/// One `case test:` (or `default:` when `test` is nil) with its statements.
/// ESTree `SwitchCase`.
public final class SwitchCase: SyntaxNode {
    public let range: SourceRange
    public let test: Expression?
    public let consequent: [Statement]

    public init(test: Expression?, consequent: [Statement], range: SourceRange) {
        self.test = test
        self.consequent = consequent
        self.range = range
    }

    public var estreeType: String { "SwitchCase" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(test, visit)
        visitChildren(consequent, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("test", dumper.json(test)),
            ("consequent", dumper.json(consequent)),
        ]
    }
}
