import SlingrDiagnostics

/// A class method, getter, setter or constructor.
/// ESTree `MethodDefinition`.
public final class MethodDefinition: SyntaxNode {
    public let range: SourceRange
    public let isStatic: Bool
    public let key: PropertyKey
    public let kind: MethodKind
    /// The function; its `kind` is `.method`, `.getter`, `.setter` or `.classConstructor`.
    public let value: FunctionNode

    public init(isStatic: Bool, key: PropertyKey, kind: MethodKind, value: FunctionNode, range: SourceRange) {
        self.isStatic = isStatic
        self.key = key
        self.kind = kind
        self.value = value
        self.range = range
    }

    public var estreeType: String { "MethodDefinition" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(key, visit)
        visitChildren(value, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("static", .bool(isStatic)),
            ("key", dumper.json(key)),
            ("kind", .string(kind.rawValue)),
            ("value", dumper.json(value)),
            ("computed", .bool(key.isComputed)),
        ]
    }
}
