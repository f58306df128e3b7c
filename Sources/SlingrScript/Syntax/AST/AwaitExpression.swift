import SlingrDiagnostics

/// `await argument`.
/// ESTree `AwaitExpression`.
public final class AwaitExpression: SyntaxNode {
    public let range: SourceRange
    public let argument: Expression

    public init(argument: Expression, range: SourceRange) {
        self.argument = argument
        self.range = range
    }

    public var estreeType: String { "AwaitExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(argument, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("argument", dumper.json(argument))]
    }
}
