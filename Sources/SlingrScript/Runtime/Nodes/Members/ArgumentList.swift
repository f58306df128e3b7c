import SlingrDiagnostics

/// The argument list of a call or `new`, with spread elements.
///
/// The list reuses one array between evaluations (no allocation per call in steady state):
/// the buffer is handed to the callee and given back with `recycle` after the call, so it
/// changes hands without reference counting; copy-on-write gives it fresh storage if the
/// callee kept it.
final class ArgumentList {
    let nodes: [ExpressionNode]
    /// Parallel to `nodes`; empty when no argument is spread.
    let spread: [Bool]
    @exclusivity(unchecked) private var buffer: [Value] = []

    /// `nodes`, which keep them alive, as unmanaged references: calling one from the array then
    /// costs no retain.
    private let unretainedNodes: [Unmanaged<ExpressionNode>]

    init(nodes: [ExpressionNode], spread: [Bool]) {
        self.nodes = nodes
        self.spread = spread
        self.unretainedNodes = nodes.map { Unmanaged.passUnretained($0) }
    }

    func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> [Value] {
        if nodes.isEmpty { return [] }
        if spread.isEmpty {
            // The buffer is taken out while arguments run, so a re-entrant evaluation finds it
            // empty and makes its own.
            var values: [Value] = []
            swap(&values, &buffer)
            if values.count == unretainedNodes.count {
                for index in 0..<unretainedNodes.count {
                    values[index] = try unretainedNodes[index]._withUnsafeGuaranteedRef { try $0.evaluate(realm, scope) }
                }
            } else {
                values.removeAll(keepingCapacity: true)
                for node in unretainedNodes { values.append(try node._withUnsafeGuaranteedRef { try $0.evaluate(realm, scope) }) }
            }
            return values
        }
        var values: [Value] = []
        values.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() {
            let value = try node.evaluate(realm, scope)
            if !spread.isEmpty && spread[index] {
                let items = try realm.iterate(value, at: node.range, spreadCall: true)
                try realm.checkArray(length: values.count + items.count)
                try realm.chargeNewValues(items.count)
                values.append(contentsOf: items)
            } else {
                values.append(value)
            }
        }
        return values
    }

    /// Takes back the array `evaluate` returned, once the callee is done with it.
    @inline(__always)
    func recycle(_ values: consuming [Value]) {
        if buffer.isEmpty { buffer = values }
    }
}
