import SlingrDiagnostics

/// A name bound in a compile-time scope.
final class BindingInfo {
    let slot: Int
    let kind: SlotBindingKind
    /// Set when a nested function refers to the binding (loops then copy per iteration).
    var isCaptured = false

    init(slot: Int, kind: SlotBindingKind) {
        self.slot = slot
        self.kind = kind
    }
}
