import SlingrDiagnostics

/// Every node of the JavaScript syntax tree.
///
/// Nodes are immutable final classes so they have identity: the interpreter and lint rules can
/// key caches on `ObjectIdentifier(node)`. The type names and fields follow ESTree (the format
/// acorn, esprima and ESLint use), so JavaScript developers recognise them. Sum types such as
/// `Expression`, `Statement` and `Pattern` are enums over these classes, which keeps `switch`
/// exhaustive and cheap (one pointer per case).
public protocol SyntaxNode: AnyObject, Sendable, SyntaxNodeConvertible {
    /// UTF-8 byte offsets of the node's source text (ESTree `start`/`end` for ASCII sources).
    var range: SourceRange { get }
    /// The ESTree `type`, e.g. `"BinaryExpression"`.
    var estreeType: String { get }
    /// Calls `visit` with each direct child node, in source order.
    func forEachChild(_ visit: (any SyntaxNode) -> Void)
    /// The ESTree fields besides `type`, `start` and `end`, for `ESTreeDumper`.
    func estreeFields(_ dumper: ESTreeDumper) -> [(String, ESTreeValue)]
}

/// A node or an enum wrapping exactly one node, so traversal code can treat both alike.
public protocol SyntaxNodeConvertible: Sendable {
    var node: any SyntaxNode { get }
}

extension SyntaxNode {
    public var node: any SyntaxNode { self }
}

@inline(__always)
func visitChildren<T: SyntaxNodeConvertible>(_ child: T, _ visit: (any SyntaxNode) -> Void) {
    visit(child.node)
}

@inline(__always)
func visitChildren<T: SyntaxNodeConvertible>(_ child: T?, _ visit: (any SyntaxNode) -> Void) {
    if let child { visit(child.node) }
}

@inline(__always)
func visitChildren<T: SyntaxNodeConvertible>(_ children: [T], _ visit: (any SyntaxNode) -> Void) {
    for child in children { visit(child.node) }
}

@inline(__always)
func visitChildren<T: SyntaxNodeConvertible>(_ children: [T?], _ visit: (any SyntaxNode) -> Void) {
    for case let child? in children { visit(child.node) }
}
