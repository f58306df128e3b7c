import SlingrDiagnostics

/// A binding or assignment target: variable declarators, parameters, catch parameters,
/// for-in/of heads and the left side of assignments.
public enum Pattern: SyntaxNodeConvertible {
    case identifier(Identifier)
    /// Only in assignment targets, never in bindings.
    case member(MemberExpression)
    case object(ObjectPattern)
    case array(ArrayPattern)
    /// `target = default`.
    case assignment(AssignmentPattern)
    /// `...target`, last in an array pattern or parameter list.
    case rest(RestElement)
    /// `f() = 1`, `f()++`, `for (f() in o)`: V8 accepts a call as the whole target of a plain
    /// or arithmetic assignment, an update or a for-in/of head (web compatibility) and throws a
    /// ReferenceError when it runs. Never nested in a pattern, never a binding.
    case call(CallExpression)

    public var node: any SyntaxNode {
        switch self {
        case .identifier(let node): return node
        case .member(let node): return node
        case .object(let node): return node
        case .array(let node): return node
        case .assignment(let node): return node
        case .rest(let node): return node
        case .call(let node): return node
        }
    }

    /// The wrapped node's range, read straight from the node's class (through `node`, the
    /// existential costs a retain, a release and a dynamic call, for every node the compiler
    /// and the parser ask).
    public var range: SourceRange {
        switch self {
        case .identifier(let node): return node.range
        case .member(let node): return node.range
        case .object(let node): return node.range
        case .array(let node): return node.range
        case .assignment(let node): return node.range
        case .rest(let node): return node.range
        case .call(let node): return node.range
        }
    }
}
