import SlingrDiagnostics

/// A name: a variable reference, binding, label or non-computed property key.
/// ESTree `Identifier`.
public final class Identifier: SyntaxNode {
    public let range: SourceRange
    /// The identifier with escapes decoded (`\\u0061` gives `a`).
    public let name: String

    public init(name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }

    public var estreeType: String { "Identifier" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {}

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("name", .string(name))]
    }
}
