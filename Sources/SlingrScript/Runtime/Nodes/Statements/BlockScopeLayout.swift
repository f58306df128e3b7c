import SlingrDiagnostics

/// Slot layout and hoisted functions of a block that declares `let`/`const`/functions.
struct BlockScopeLayout {
    let template: [Value]
    let functions: [(slot: Int, code: FunctionCode)]

    func enter(_ realm: Realm, _ scope: RuntimeScope) -> RuntimeScope {
        let inner = RuntimeScope(parent: scope, slots: template)
        for (slot, code) in functions { inner.slots[slot] = .object(realm.makeFunction(code, scope: inner)) }
        return inner
    }
}
