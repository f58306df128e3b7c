import SlingrDiagnostics

/// `switch (discriminant) { cases }`.
/// ESTree `SwitchStatement`.
public final class SwitchStatement: SyntaxNode {
    public let range: SourceRange
    public let discriminant: Expression
    public let cases: [SwitchCase]

    public init(discriminant: Expression, cases: [SwitchCase], range: SourceRange) {
        self.discriminant = discriminant
        self.cases = cases
        self.range = range
    }

    public var estreeType: String { "SwitchStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(discriminant, visit)
        visitChildren(cases, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("discriminant", dumper.json(discriminant)),
            ("cases", dumper.json(cases)),
        ]
    }
}
