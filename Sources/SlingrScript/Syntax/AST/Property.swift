import SlingrDiagnostics

/// A member of an object literal: `key: value`, shorthand `key`, method `key() {}` or accessor `get key() {}`.
/// ESTree `Property`.
public final class Property: SyntaxNode {
    public let range: SourceRange
    public let key: PropertyKey
    /// For methods and accessors a `.function` whose `FunctionNode.kind` is `.method`, `.getter` or `.setter`.
    public let value: Expression
    public let kind: PropertyKind
    public let isMethod: Bool
    public let isShorthand: Bool

    public init(key: PropertyKey, value: Expression, kind: PropertyKind, isMethod: Bool, isShorthand: Bool, range: SourceRange) {
        self.key = key
        self.value = value
        self.kind = kind
        self.isMethod = isMethod
        self.isShorthand = isShorthand
        self.range = range
    }

    public var estreeType: String { "Property" }

    public func forEachChild(_ visit: (any SyntaxNode) -> Void) {
        visitChildren(key, visit)
        visitChildren(value, visit)
    }

    public func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)] {
        [
            ("key", dumper.json(key)),
            ("value", dumper.json(value)),
            ("kind", .string(kind.rawValue)),
            ("method", .bool(isMethod)),
            ("shorthand", .bool(isShorthand)),
            ("computed", .bool(key.isComputed)),
        ]
    }
}
