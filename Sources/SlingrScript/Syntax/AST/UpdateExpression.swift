import SlingrDiagnostics

/// `++x`, `x--`, ...
/// ESTree `UpdateExpression`.
public final class UpdateExpression: SyntaxNode {
    public let range: SourceRange
    public let `operator`: UpdateOperator
    public let isPrefix: Bool
    /// An `.identifier` or `.member`.
    public let argument: Expression

    public init(`operator`: UpdateOperator, isPrefix: Bool, argument: Expression, range: SourceRange) {
        self.operator = `operator`
        self.isPrefix = isPrefix
        self.argument = argument
        self.range = range
    }

    public var estreeType: String { "UpdateExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(argument, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("operator", .string(self.operator.rawValue)),
            ("prefix", .bool(isPrefix)),
            ("argument", dumper.json(argument)),
        ]
    }
}
