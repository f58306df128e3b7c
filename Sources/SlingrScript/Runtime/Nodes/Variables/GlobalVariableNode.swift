import SlingrDiagnostics

/// Reads a global variable (`config`, `utils`, `Math`, ...): the commonest variable read in
/// configuration expressions, kept in one node with its lookup site rather than a
/// `VariableNode` plus a separate `VariableReference` object.
final class GlobalVariableNode: ExpressionNode {
    @exclusivity(unchecked) private var site: PropertySite

    init(name: JSString, range: SourceRange) {
        site = PropertySite(name)
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value {
        do {
            if let value = try VariableReference.globalBinding(realm, &site) { return value }
            return try VariableReference.globalProperty(realm, site.key)
        } catch {
            throw realm.locate(error, range)
        }
    }

    override var canPeekObject: Bool { true }

    override func peekObject(_ realm: Realm, _ scope: RuntimeScope) -> Unmanaged<JSObject>? {
        if realm.hasGlobalLexicals { return nil }
        return Unmanaged.passUnretained(realm.globalObject)._withUnsafeGuaranteedRef { global in
            guard let slot = global.ownSlot(&site) else { return nil }
            return global.properties.peekObject(at: slot)
        }
    }
}
