import SlingrDiagnostics

/// `-x`, `!x`, `typeof x`, `void x`, `delete x`, ...
/// ESTree `UnaryExpression`.
public final class UnaryExpression: SyntaxNode {
    public let range: SourceRange
    public let `operator`: UnaryOperator
    public let argument: Expression

    public init(`operator`: UnaryOperator, argument: Expression, range: SourceRange) {
        self.operator = `operator`
        self.argument = argument
        self.range = range
    }

    public var estreeType: String { "UnaryExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(argument, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("operator", .string(self.operator.rawValue)),
            ("argument", dumper.json(argument)),
            ("prefix", .bool(true)),
        ]
    }
}
