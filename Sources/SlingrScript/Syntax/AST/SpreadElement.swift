import SlingrDiagnostics

/// `...argument` in an array literal, call arguments or object literal.
/// ESTree `SpreadElement`.
public final class SpreadElement: SyntaxNode {
    public let range: SourceRange
    public let argument: Expression

    public init(argument: Expression, range: SourceRange) {
        self.argument = argument
        self.range = range
    }

    public var estreeType: String { "SpreadElement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(argument, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("argument", dumper.json(argument))]
    }
}
