/// The link between a sloppy-mode `arguments` object and the parameters of its call: while an
/// index is mapped, reading or writing `arguments[i]` reads or writes the parameter's slot.
/// Deleting the index or redefining it as an accessor or read-only unmaps it.
final class ArgumentsMapping {
    let scope: RuntimeScope
    /// The parameter slot of each mapped index; nil once unmapped.
    @exclusivity(unchecked) private(set) var slots: [Int?]

    init(scope: RuntimeScope, slots: [Int?]) {
        self.scope = scope
        self.slots = slots
    }

    var count: Int { slots.count }

    @inline(__always)
    func isMapped(_ index: Int) -> Bool { index < slots.count && slots[index] != nil }

    /// The parameter's current value, for a mapped index.
    @inline(__always)
    func value(_ index: Int) -> Value? {
        guard index < slots.count, let slot = slots[index] else { return nil }
        return scope.slots[slot]
    }

    func write(_ index: Int, _ value: Value) {
        guard index < slots.count, let slot = slots[index] else { return }
        scope.slots[slot] = value
    }

    func unmap(_ index: Int) {
        if index < slots.count { slots[index] = nil }
    }
}
