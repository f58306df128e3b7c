import SlingrDiagnostics

/// Reads slot `slot` of the current scope: parameters and locals without a dead zone, the
/// commonest variable access, without the general reference's checks.
final class LocalSlotNode: ExpressionNode {
    let slot: Int

    init(slot: Int, range: SourceRange) {
        self.slot = slot
        super.init(range: range)
    }

    override func evaluate(_ realm: Realm, _ scope: RuntimeScope) throws -> Value { scope.slots[slot] }

    override var canPeekObject: Bool { true }

    override func peekObject(_ realm: Realm, _ scope: RuntimeScope) -> Unmanaged<JSObject>? {
        scope.slots[slot].unretainedObject
    }
}
