import SlingrDiagnostics

/// The argument list of a call or `new`, with spread elements.
///
/// The list reuses one array between evaluations (no allocation per call in steady state):
/// the buffer is handed to the callee and given back with `recycle` after the call, so it
/// changes hands without reference counting; copy-on-write gives it fresh storage if the
/// callee kept it.
final class ArgumentList {
    /// The argument nodes, retained by the list itself (`init`/`deinit`) so that calling one
    /// from the array costs no reference counting.
    private let nodes: [Unmanaged<ExpressionNode>]
    /// Parallel to `nodes`; empty when no argument is spread.
    let spread: [Bool]
    @exclusivity(unchecked) private var buffer: [Value] = []
    /// Some argument can be read in place (`utils.isPlaceholder(config.x)`): when it still holds
    /// the value the buffer kept from the last call, the buffer's copy is reused as it is.
    private let peeksArguments: Bool

    init(nodes: [ExpressionNode], spread: [Bool]) {
        self.nodes = nodes.map { Unmanaged.passRetained($0) }
        self.spread = spread
        self.peeksArguments = nodes.contains { $0.canPeekValue }
    }

    deinit {
        for node in nodes { node.release() }
    }

    func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> [Value] {
        if nodes.isEmpty { return [] }
        if spread.isEmpty {
            // The buffer is taken out while arguments run, so a re-entrant evaluation finds it
            // empty and makes its own.
            var values: [Value] = []
            swap(&values, &buffer)
            if values.count == nodes.count {
                for index in 0..<nodes.count {
                    let node = nodes[index]
                    if peeksArguments, values.withUnsafeBufferPointer({ buffer in
                        guard let start = buffer.baseAddress else { return false }
                        return node._withUnsafeGuaranteedRef { $0.peekIsIdentical(to: UnsafeRawPointer(start + index), realm, scope) }
                    }) {
                        continue
                    }
                    values[index] = try node._withUnsafeGuaranteedRef { try $0.evaluate(realm, scope) }
                }
            } else {
                values.removeAll(keepingCapacity: true)
                for node in nodes { values.append(try node._withUnsafeGuaranteedRef { try $0.evaluate(realm, scope) }) }
            }
            return values
        }
        var values: [Value] = []
        values.reserveCapacity(nodes.count)
        for index in 0..<nodes.count {
            let value = try nodes[index]._withUnsafeGuaranteedRef { try $0.evaluate(realm, scope) }
            if spread[index] {
                let items = try realm.iterate(value, at: nodes[index]._withUnsafeGuaranteedRef { $0.range }, spreadCall: true)
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
