import SlingrDiagnostics

/// `this`.
/// ESTree `ThisExpression`.
public final class ThisExpression: SyntaxNode {
    public let range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }

    public var estreeType: String { "ThisExpression" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {}

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] { [] }
}
