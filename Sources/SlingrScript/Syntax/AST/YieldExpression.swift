import SlingrDiagnostics

/// `yield argument` or `yield* argument` (`isDelegate`).
/// ESTree `YieldExpression`.
public final class YieldExpression: SyntaxNode {
    public let range: SourceRange
    public let isDelegate: Bool
    public let argument: Expression?

    public init(isDelegate: Bool, argument: Expression?, range: SourceRange) {
        self.isDelegate = isDelegate
        self.argument = argument
        self.range = range
    }

    public var estreeType: String { "YieldExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(argument, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("delegate", .bool(isDelegate)),
            ("argument", dumper.json(argument)),
        ]
    }
}
