import SlingrDiagnostics

/// `super`, only as the callee of a call or the object of a member access.
/// ESTree `Super`.
public final class Super: SyntaxNode {
    public let range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }

    public var estreeType: String { "Super" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {}

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] { [] }
}
