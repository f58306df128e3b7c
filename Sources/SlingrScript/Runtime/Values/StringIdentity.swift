/// Which storage a string value uses (its buffer and length), without keeping the storage
/// alive: lets `x += s` check that a variable still holds the very string it read before the
/// right-hand side ran, after letting go of its own reference (so the append can be in place).
struct StringIdentity: Equatable {
    let address: UnsafeRawPointer?
    let count: Int

    init(_ string: JSString) {
        address = string.units.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
        count = string.count
    }

    /// The identity of a string value; nil for other values.
    init?(of value: Value) {
        guard case .string(let string) = value else { return nil }
        self.init(string)
    }
}
