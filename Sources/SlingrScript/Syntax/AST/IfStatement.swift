import SlingrDiagnostics

/// `if (test) consequent else alternate`.
/// ESTree `IfStatement`.
public final class IfStatement: SyntaxNode, @unchecked Sendable {
    public let range: SourceRange
    public let test: Expression
    public let consequent: Statement
    /// Mutable only so that deinit can free a long chain iteratively (see `ChainDismantler`).
    @exclusivity(unchecked) public private(set) var alternate: Statement?

    public init(test: Expression, consequent: Statement, alternate: Statement?, range: SourceRange) {
        self.test = test
        self.consequent = consequent
        self.alternate = alternate
        self.range = range
    }

    deinit {
        ChainDismantler.release(&alternate)
    }

    /// Takes the chain child out (leaving a placeholder), for `ChainDismantler`.
    func detachAlternate() -> Statement? {
        var taken: Statement? = nil
        swap(&taken, &alternate)
        return taken
    }

    public var estreeType: String { "IfStatement" }

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
