import SlingrDiagnostics

/// `break label;`.
/// ESTree `BreakStatement`.
public final class BreakStatement: SyntaxNode {
    public let range: SourceRange
    public let label: Identifier?

    public init(label: Identifier?, range: SourceRange) {
        self.label = label
        self.range = range
    }

    public var estreeType: String { "BreakStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(label, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("label", dumper.json(label))]
    }
}
