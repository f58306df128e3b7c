import SlingrDiagnostics

/// A lone `;`.
/// ESTree `EmptyStatement`.
public final class EmptyStatement: SyntaxNode {
    public let range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }

    public var estreeType: String { "EmptyStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {}

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] { [] }
}
