/// Generic traversal of a syntax tree for lint rules and analyses.
///
/// The walk uses explicit stacks instead of recursion, so it cannot overflow the call stack
/// whatever the tree's depth (a million-term `a + b + ...` chain is a million levels deep), and
/// it costs a few words of memory per level: one stack holds the ancestors, another the
/// children still to visit of all of them.
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
        var ancestors: [any SyntaxNode] = []
        // Children not yet visited, of every node on `ancestors`, each node's reversed so that
        // `popLast` gives the next; `pendingStarts[i]` is where the children of `ancestors[i]`
        // begin.
        var pending: [any SyntaxNode] = []
        var pendingStarts: [Int] = []
        guard enter(root, ancestors) else {
            leave(root, ancestors)
            return
        }
        pendingStarts.append(0)
        pushChildren(of: root, onto: &pending)
        ancestors.append(root)
        while let start = pendingStarts.last {
            if pending.count > start, let next = pending.popLast() {
                if enter(next, ancestors) {
                    pendingStarts.append(pending.count)
                    pushChildren(of: next, onto: &pending)
                    ancestors.append(next)
                } else {
                    leave(next, ancestors)
                }
            } else {
                pendingStarts.removeLast()
                let finished = ancestors.removeLast()
                leave(finished, ancestors)
            }
        }
    }

    /// The direct children of `node` in source order.
    public static func children(of node: any SyntaxNode) -> [any SyntaxNode] {
        var result: [any SyntaxNode] = []
        node.forEachChild { result.append($0) }
        return result
    }

    /// Appends the children of `node` in reverse source order.
    private static func pushChildren(of node: any SyntaxNode, onto pending: inout [any SyntaxNode]) {
        let start = pending.count
        node.forEachChild { pending.append($0) }
        // Swapped in place: reversing a slice would copy it.
        var low = start, high = pending.count - 1
        while low < high {
            pending.swapAt(low, high)
            low += 1
            high -= 1
        }
    }
}
