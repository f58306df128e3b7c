import SlingrDiagnostics

/// `catch (param) { body }`; `param` is nil for an optional catch binding.
/// ESTree `CatchClause`.
public final class CatchClause: SyntaxNode {
    public let range: SourceRange
    public let param: Pattern?
    public let body: BlockStatement

    public init(param: Pattern?, body: BlockStatement, range: SourceRange) {
        self.param = param
        self.body = body
        self.range = range
    }

    public var estreeType: String { "CatchClause" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(param, visit)
        visitChildren(body, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("param", dumper.json(param)),
            ("body", dumper.json(body)),
        ]
    }
}
