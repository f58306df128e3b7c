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
    func chain(_ top: Expression) throws -> ExpressionNode {
        var links: [Expression] = []
        var current = top
        collecting: while true {
            switch current {
            case .binary(let node):
                if case .privateName(let name) = node.left { throw unsupported("private names", name.range) }
                links.append(current)
                current = node.left
            case .logical(let node):
                links.append(current)
                current = node.left
            case .member(let node):
                if case .super = node.object { throw unsupported("super", node.range) }
                links.append(current)
                current = node.object
            case .call(let node):
                if case .super = node.callee { throw unsupported("super", node.range) }
                links.append(current)
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
        if links.count <= Compiler.chainSegmentLength {
            var node = first
            for link in links.reversed() { node = try compileLink(link, on: node) }
            return node
        }
        var segments: [SegmentedChainNode.Segment] = []
        segments.reserveCapacity(links.count / Compiler.chainSegmentLength + 1)
        var index = links.count
        while index > 0 {
            let lower = max(0, index - Compiler.chainSegmentLength)
            let input = ChainInputNode(range: links[index - 1].range)
            var node: ExpressionNode = input
            for position in stride(from: index - 1, through: lower, by: -1) {
                node = try compileLink(links[position], on: node)
            }
            segments.append(SegmentedChainNode.Segment(input: input, top: node))
            index = lower
        }
        return SegmentedChainNode(first: first, segments: segments, range: top.range)
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
            return try plainCall(node, callee: inner)
        default:
            // `chain(_:)` collects only the cases above.
            return try expression(link)
        }
    }
}
