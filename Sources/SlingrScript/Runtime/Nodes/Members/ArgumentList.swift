import SlingrDiagnostics

/// The argument list of a call or `new`, with spread elements.
///
/// The list reuses one array between evaluations (no allocation per call in steady state):
/// the array handed to the callee shares storage with the buffer, and copy-on-write gives the
/// buffer fresh storage if the callee still holds it next time. A re-entrant evaluation
/// (an argument that calls back into the same call site) uses a fresh array.
final class ArgumentList {
    let nodes: [ExpressionNode]
    /// Parallel to `nodes`; empty when no argument is spread.
    let spread: [Bool]
    @exclusivity(unchecked) private var buffer: [Value] = []
    @exclusivity(unchecked) private var isBusy = false

    init(nodes: [ExpressionNode], spread: [Bool]) {
        self.nodes = nodes
        self.spread = spread
    }

    func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> [Value] {
        if nodes.isEmpty { return [] }
        if spread.isEmpty && !isBusy {
            isBusy = true
            defer { isBusy = false }
            if buffer.count == nodes.count {
                var index = 0
                for node in nodes {
                    buffer[index] = try node.evaluate(realm, scope)
                    index += 1
                }
            } else {
                buffer.removeAll(keepingCapacity: true)
                for node in nodes { buffer.append(try node.evaluate(realm, scope)) }
            }
            return buffer
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
}
