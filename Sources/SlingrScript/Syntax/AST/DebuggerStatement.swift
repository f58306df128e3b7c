import SlingrDiagnostics

/// `debugger;`.
/// ESTree `DebuggerStatement`.
public final class DebuggerStatement: SyntaxNode {
    public let range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }

    public var estreeType: String { "DebuggerStatement" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {}

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] { [] }
}
