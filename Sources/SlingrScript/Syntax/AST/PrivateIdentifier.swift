import SlingrDiagnostics

/// A private name `#x` (stored without the `#`).
/// ESTree `PrivateIdentifier`.
public final class PrivateIdentifier: SyntaxNode {
    public let range: SourceRange
    public let name: String

    public init(name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }

    public var estreeType: String { "PrivateIdentifier" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {}

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [("name", .string(name))]
    }
}
