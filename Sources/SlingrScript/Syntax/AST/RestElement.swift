import SlingrDiagnostics

/// `...argument` in a pattern or parameter list.
/// ESTree `RestElement`.
public final class RestElement: SyntaxNode {
    public let range: SourceRange
    public let argument: Pattern

    public init(argument: Pattern, range: SourceRange) {
        self.argument = argument
        self.range = range
    }

    public var estreeType: String { "RestElement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(argument, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("argument", dumper.json(argument))]
    }
}
