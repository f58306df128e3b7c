/// Attributes of one own property.
struct PropertyFlags: OptionSet, Sendable {
    let rawValue: UInt8
    static let enumerable = PropertyFlags(rawValue: 1)
    static let writable = PropertyFlags(rawValue: 2)
    static let configurable = PropertyFlags(rawValue: 4)
    /// The value is an accessor pair (an object of kind `.accessor`).
    static let accessor = PropertyFlags(rawValue: 8)

    /// What a plain assignment or an object literal creates.
    static let data: PropertyFlags = [.enumerable, .writable, .configurable]
    /// Built-in methods: writable and configurable but hidden from `for-in` and `Object.keys`.
    static let hidden: PropertyFlags = [.writable, .configurable]
}
