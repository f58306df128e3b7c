import SlingrDiagnostics

/// A chain too long to evaluate by recursion (`a + b + ...` with thousands of terms,
/// `a.b.c...`, `f()()()...`): evaluating nested nodes costs a native stack frame per link.
///
/// The compiler cuts the chain into segments of at most `Compiler.chainSegmentLength` nested
/// links. Each segment's innermost operand is a `ChainInputNode`, and the segments run one after
/// the other, each handed the value of the one before. Inside an optional chain a
/// short-circuit ends the whole chain, as it would end the nested nodes.
final class SegmentedChainNode: ExpressionNode {
    struct Segment {
        /// The segment's innermost operand: the value of everything before the segment.
        let input: ChainInputNode
        /// The segment's outermost link.
        let top: ExpressionNode
    }

    /// The chain's first operand.
    let first: ExpressionNode
    /// From the innermost segment outwards.
    let segments: [Segment]

    init(first: ExpressionNode, segments: [Segment], range: SourceRange) {
        self.first = first
        self.segments = segments
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        var value = try first.evaluate(realm, scope)
        for segment in segments {
            segment.input.value = value
            value = try segment.top.evaluate(realm, scope)
        }
        return value
    }

    override func evaluateChain(_ realm: Realm, _ scope: RuntimeScope) throws -> Value? {
        guard var value = try first.evaluateChain(realm, scope) else { return nil }
        for segment in segments {
            segment.input.value = value
            guard let next = try segment.top.evaluateChain(realm, scope) else { return nil }
            value = next
        }
        return value
    }
}

/// The value a `SegmentedChainNode` hands to one of its segments.
///
/// Every link evaluates its chain operand first, so the input is read before anything else in
/// the segment runs; a re-entrant evaluation of the same chain (a function called from an
/// operand that evaluates the chain again) sets the input again before its own read, and the
/// outer evaluation has already read it. The value is dropped once read, so the node keeps
/// nothing alive between evaluations.
final class ChainInputNode: ExpressionNode {
    @exclusivity(unchecked) var value: Value = .undefined

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        let input = value
        value = .undefined
        return input
    }
}
