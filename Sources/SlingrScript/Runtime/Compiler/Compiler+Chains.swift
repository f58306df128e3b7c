import SlingrDiagnostics

extension Compiler {
    /// Chains longer than this are compiled in segments of this many links (see
    /// `SegmentedChainNode`); shorter ones are plain nested nodes.
    static let chainSegmentLength = 64

    /// Compiles a left-leaning chain: binary and logical operators (`a + b - c && d`), member
    /// accesses and calls (`a.b[c](d).e`), in any mix.
    ///
    /// The syntax tree is as deep as the chain is long (a million-term `+` chain is a million
    /// nested nodes), so the chain is walked with a loop: its links are collected down to the
    /// first operand, which is compiled on its own, and the links are then compiled bottom-up,
    /// each around the node below it. Recursion only happens into operands, arguments and keys,
    /// which the parser's nesting limit bounds.
    ///
    /// With `takesTreeApart`, the chain's syntax is freed link by link as it is compiled.
    func chain(_ top: Expression) throws -> ExpressionNode {
        // This chain's links are `chainLinks[base...]`; chains compiled inside its operands
        // push theirs above and remove them before returning.
        let base = chainLinks.count
        defer {
            chainLinks.removeSubrange(base...)
            // A reused compiler keeps a small stack, not one a huge chain once needed.
            if base == 0, chainLinks.capacity > 4096 { chainLinks = [] }
        }
        var current = top
        collecting: while true {
            switch current {
            case .binary(let node):
                if case .privateName(let name) = node.left { throw unsupported("private names", name.range) }
                chainLinks.append(current)
                current = node.left
            case .logical(let node):
                chainLinks.append(current)
                current = node.left
            case .member(let node):
                if case .super = node.object { throw unsupported("super", node.range) }
                chainLinks.append(current)
                current = node.object
            case .call(let node):
                if case .super = node.callee { throw unsupported("super", node.range) }
                chainLinks.append(current)
                if case .member(let member) = node.callee {
                    // A method call is one node for both links: `this` is the member's object.
                    if case .super = member.object { throw unsupported("super", member.range) }
                    current = member.object
                } else {
                    current = node.callee
                }
            default:
                break collecting
            }
        }
        let first = try expression(current)
        current = ChainDismantler.detached
        let count = chainLinks.count - base
        let segmented = count > Compiler.chainSegmentLength
        var segments: [SegmentedChainNode.Segment] = []
        if segmented { segments.reserveCapacity(count / Compiler.chainSegmentLength + 1) }
        var node = first
        var input: ChainInputNode?
        for index in stride(from: count - 1, through: 0, by: -1) {
            if takesTreeApart { freeCompiledOperand(at: base + index) }
            if segmented, (count - 1 - index) % Compiler.chainSegmentLength == 0 {
                if let input { segments.append(SegmentedChainNode.Segment(input: input, top: node)) }
                let fresh = ChainInputNode(range: chainLinks[base + index].range)
                input = fresh
                node = fresh
            }
            node = try compileLink(chainLinks[base + index], on: node)
        }
        guard segmented, let input else { return node }
        segments.append(SegmentedChainNode.Segment(input: input, top: node))
        return SegmentedChainNode(first: first, segments: segments, range: top.range)
    }

    /// When the compiler may take the tree apart: frees the syntax below the operator link
    /// `chainLinks[position]` (its left operand, compiled already), so that a long chain's
    /// syntax is freed as its compiled nodes are made instead of both being held at once.
    ///
    /// Only operator links let go of their left operand: the callee of a call may still be
    /// read, for the "is not a function" message (`CalleeText`).
    private func freeCompiledOperand(at position: Int) {
        switch chainLinks[position] {
        case .binary(let node): _ = node.detachChainChild()
        case .logical(let node): _ = node.detachChainChild()
        default: return
        }
        if position + 1 < chainLinks.count { chainLinks[position + 1] = ChainDismantler.detached }
    }

    /// One link of a chain around its already compiled inner node.
    private func compileLink(_ link: Expression, on inner: ExpressionNode) throws -> ExpressionNode {
        switch link {
        case .binary(let node):
            return try binary(node, left: inner)
        case .logical(let node):
            return LogicalNode(node.operator, inner, try expression(node.right), range: node.range)
        case .member(let node):
            return try memberAccess(node, object: inner)
        case .call(let node):
            if case .member(let member) = node.callee {
                return try methodCall(node, member: member, object: inner)
            }
            if case .identifier(let identifier) = node.callee, identifier.name == "eval", !node.isOptional {
                return try directEval(node, callee: inner)
            }
            return try plainCall(node, callee: inner)
        default:
            // `chain(_:)` collects only the cases above.
            return try expression(link)
        }
    }
}
