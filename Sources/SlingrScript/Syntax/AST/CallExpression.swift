import SlingrDiagnostics

/// `callee(arguments)`; `isOptional` for `callee?.(arguments)`.
/// ESTree `CallExpression`.
public final class CallExpression: SyntaxNode {
    public let range: SourceRange
    /// May be `.super` (a `super(...)` call).
    public let callee: Expression
    public let arguments: [ExpressionElement]
    public let isOptional: Bool

    public init(callee: Expression, arguments: [ExpressionElement], isOptional: Bool, range: SourceRange) {
        self.callee = callee
        self.arguments = arguments
        self.isOptional = isOptional
        self.range = range
    }

    public var estreeType: String { "CallExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(callee, visit)
        visitChildren(arguments, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, JSONOutput)] {
        [
            ("callee", dumper.json(callee)),
            ("arguments", dumper.json(arguments)),
            ("optional", .bool(isOptional)),
        ]
    }
}
