import SlingrDiagnostics

/// `new callee(arguments)` (the argument list may be absent in the source).
/// ESTree `NewExpression`.
public final class NewExpression: SyntaxNode {
    public let range: SourceRange
    public let callee: Expression
    public let arguments: [ExpressionElement]

    public init(callee: Expression, arguments: [ExpressionElement], range: SourceRange) {
        self.callee = callee
        self.arguments = arguments
        self.range = range
    }

    public var estreeType: String { "NewExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(callee, visit)
        visitChildren(arguments, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("callee", dumper.json(callee)),
            ("arguments", dumper.json(arguments)),
        ]
    }
}
