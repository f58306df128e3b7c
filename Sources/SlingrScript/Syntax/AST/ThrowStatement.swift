import SlingrDiagnostics

/// `throw argument;`.
/// ESTree `ThrowStatement`.
public final class ThrowStatement: SyntaxNode {
    public let range: SourceRange
    public let argument: Expression

    public init(argument: Expression, range: SourceRange) {
        self.argument = argument
        self.range = range
    }

    public var estreeType: String { "ThrowStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(argument, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("argument", dumper.json(argument))]
    }
}
