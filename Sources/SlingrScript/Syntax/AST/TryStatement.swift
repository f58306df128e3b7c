import SlingrDiagnostics

/// `try block catch (param) handler finally finalizer`.
/// ESTree `TryStatement`.
public final class TryStatement: SyntaxNode {
    public let range: SourceRange
    public let block: BlockStatement
    public let handler: CatchClause?
    public let finalizer: BlockStatement?

    public init(block: BlockStatement, handler: CatchClause?, finalizer: BlockStatement?, range: SourceRange) {
        self.block = block
        self.handler = handler
        self.finalizer = finalizer
        self.range = range
    }

    public var estreeType: String { "TryStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(block, visit)
        visitChildren(handler, visit)
        visitChildren(finalizer, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("block", dumper.json(block)),
            ("handler", dumper.json(handler)),
            ("finalizer", dumper.json(finalizer)),
        ]
    }
}
