import SlingrDiagnostics

/// `callee(arguments)`; `isOptional` for `callee?.(arguments)`.
/// ESTree `CallExpression`.
public final class CallExpression: SyntaxNode, ChainLinkNode, @unchecked Sendable {
    public let range: SourceRange
    /// May be `.super` (a `super(...)` call).
    /// Mutable only so that deinit can free a long chain iteratively (see `ChainDismantler`).
    @exclusivity(unchecked) public private(set) var callee: Expression
    public let arguments: [ExpressionElement]
    public let isOptional: Bool

    public init(callee: Expression, arguments: [ExpressionElement], isOptional: Bool, range: SourceRange) {
        self.callee = callee
        self.arguments = arguments
        self.isOptional = isOptional
        self.range = range
    }

    deinit {
        ChainDismantler.release(&callee)
    }

    /// Takes the chain child out (leaving a placeholder), for `ChainDismantler`.
    func detachChainChild() -> Expression {
        var taken: Expression = ChainDismantler.detached
        swap(&taken, &callee)
        return taken
    }

    public var estreeType: String { "CallExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(callee, visit)
        visitChildren(arguments, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("callee", dumper.json(callee)),
            ("arguments", dumper.json(arguments)),
            ("optional", .bool(isOptional)),
        ]
    }
}
