import SlingrDiagnostics

/// Frees the left spine of a chain (`a + b + c ...`, `a.b.c ...`, `f()()...`, `else if ...`)
/// with a loop.
///
/// A chain of a million terms is a tree a million nodes deep along one child. Left to ARC,
/// freeing its root frees that child from inside the root's deinit, which frees its child, and
/// so on: one native stack frame per link, which overflows the stack. The nodes that form
/// chains instead hand their chain child to `release(_:)` in their deinit: it detaches the
/// child's own chain child before letting the child go, so each node is freed with a spine
/// that is already empty, one after the other. A node still referenced elsewhere (the
/// compiler keeps some callee subtrees for error messages) stops the loop; whoever releases
/// it last continues from there.
enum ChainDismantler {
    /// What a detached spine slot holds: a leaf shared by every dismantled node.
    static let detached = Expression.this(ThisExpression(range: SourceRange(start: 0, end: 0)))

    /// Empties `slot` (an expression a chain node holds along its spine) and frees the chain
    /// below it iteratively.
    @inline(__always)
    static func release(_ slot: inout Expression) {
        guard isChainLink(slot) else { return }
        dismantle(&slot)
    }

    /// Empties `slot` (the alternate of an `if`) and frees the `else if` chain below it.
    @inline(__always)
    static func release(_ slot: inout Statement?) {
        guard case .if? = slot else { return }
        var current = slot
        slot = nil
        while var node = ifStatement(current) {
            current = nil
            guard isKnownUniquelyReferenced(&node) else { return }
            current = node.detachAlternate()
        }
    }

    private static func isChainLink(_ expression: Expression) -> Bool {
        switch expression {
        case .binary, .logical, .member, .call, .taggedTemplate, .chain: return true
        default: return false
        }
    }

    @inline(never)
    private static func dismantle(_ slot: inout Expression) {
        var current = detached
        swap(&current, &slot)
        while detachNextLink(&current) {}
    }

    /// Frees the node `current` wraps, if nothing else holds it, and leaves its chain child in
    /// `current`; false when there is nothing (more) to free here.
    ///
    /// Each node is taken out of the enum by a function of its own: a node bound by `switch` or
    /// `if case` is also held by the matched value until the end of the statement, and would
    /// never look uniquely referenced.
    private static func detachNextLink(_ current: inout Expression) -> Bool {
        if var node = binary(current) { return detach(&node, from: &current) }
        if var node = logical(current) { return detach(&node, from: &current) }
        if var node = member(current) { return detach(&node, from: &current) }
        if var node = call(current) { return detach(&node, from: &current) }
        if var node = taggedTemplate(current) { return detach(&node, from: &current) }
        if var node = chain(current) { return detach(&node, from: &current) }
        return false
    }

    private static func detach<Node: ChainLinkNode>(_ node: inout Node, from current: inout Expression) -> Bool {
        current = detached
        guard isKnownUniquelyReferenced(&node) else { return false }
        current = node.detachChainChild()
        return true
    }

    private static func binary(_ expression: Expression) -> BinaryExpression? {
        if case .binary(let node) = expression { return node }
        return nil
    }

    private static func logical(_ expression: Expression) -> LogicalExpression? {
        if case .logical(let node) = expression { return node }
        return nil
    }

    private static func member(_ expression: Expression) -> MemberExpression? {
        if case .member(let node) = expression { return node }
        return nil
    }

    private static func call(_ expression: Expression) -> CallExpression? {
        if case .call(let node) = expression { return node }
        return nil
    }

    private static func taggedTemplate(_ expression: Expression) -> TaggedTemplateExpression? {
        if case .taggedTemplate(let node) = expression { return node }
        return nil
    }

    private static func chain(_ expression: Expression) -> ChainExpression? {
        if case .chain(let node) = expression { return node }
        return nil
    }

    private static func ifStatement(_ statement: Statement?) -> IfStatement? {
        if case .if(let node)? = statement { return node }
        return nil
    }
}

/// A node that holds the next link of a chain (see `ChainDismantler`).
protocol ChainLinkNode: AnyObject {
    /// Takes the chain child out, leaving a placeholder.
    func detachChainChild() -> Expression
}
