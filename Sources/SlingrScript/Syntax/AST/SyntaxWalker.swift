/// Generic traversal of a syntax tree for lint rules and analyses.
///
/// The walk uses an explicit stack instead of recursion, so it cannot overflow the call stack
/// whatever the tree's depth.
public enum SyntaxWalker {
    /// Visits `root` and every descendant in source order (pre-order). Returning `false` from
    /// `visit` skips the children of that node.
    public static func walk(_ root: any SyntaxNode, _ visit: (any SyntaxNode) -> Bool) {
        walk(root, enter: { node, _ in visit(node) }, leave: { _, _ in })
    }

    /// Visits every node with its ancestors (outermost first, excluding the node itself).
    /// `enter` returns `false` to skip the node's children; `leave` runs after the children.
    public static func walk(
        _ root: any SyntaxNode,
        enter: (any SyntaxNode, _ ancestors: [any SyntaxNode]) -> Bool,
        leave: (any SyntaxNode, _ ancestors: [any SyntaxNode]) -> Void
    ) {
        // Each frame holds a node and its not-yet-visited children (reversed, so popLast is next).
        var frames: [(node: any SyntaxNode, pending: [any SyntaxNode])] = []
        var ancestors: [any SyntaxNode] = []
        if enter(root, ancestors) {
            frames.append((root, reversedChildren(of: root)))
        } else {
            leave(root, ancestors)
            return
        }
        ancestors.append(root)
        while !frames.isEmpty {
            let last = frames.count - 1
            if let next = frames[last].pending.popLast() {
                if enter(next, ancestors) {
                    frames.append((next, reversedChildren(of: next)))
                    ancestors.append(next)
                } else {
                    leave(next, ancestors)
                }
            } else {
                let finished = frames.removeLast()
                ancestors.removeLast()
                leave(finished.node, ancestors)
            }
        }
    }

    /// The direct children of `node` in source order.
    public static func children(of node: any SyntaxNode) -> [any SyntaxNode] {
        var result: [any SyntaxNode] = []
        node.forEachChild { result.append($0) }
        return result
    }

    private static func reversedChildren(of node: any SyntaxNode) -> [any SyntaxNode] {
        var result = children(of: node)
        result.reverse()
        return result
    }
}
