/// A property descriptor as `Object.defineProperty` takes it: every field may be absent.
struct PropertyDescriptor {
    var value: Value?
    /// `undefined` or a function.
    var getter: Value?
    var setter: Value?
    var writable: Bool?
    var enumerable: Bool?
    var configurable: Bool?

    init(
        value: Value? = nil, getter: Value? = nil, setter: Value? = nil, writable: Bool? = nil, enumerable: Bool? = nil,
        configurable: Bool? = nil
    ) {
        self.value = value
        self.getter = getter
        self.setter = setter
        self.writable = writable
        self.enumerable = enumerable
        self.configurable = configurable
    }

    /// A complete data descriptor with `flags`' attributes.
    static func data(_ value: Value, flags: PropertyFlags) -> PropertyDescriptor {
        PropertyDescriptor(
            value: value, writable: flags.contains(.writable), enumerable: flags.contains(.enumerable),
            configurable: flags.contains(.configurable))
    }

    var isAccessor: Bool { getter != nil || setter != nil }
    var isData: Bool { value != nil || writable != nil }
    var isGeneric: Bool { !isAccessor && !isData }
    var isEmpty: Bool { isGeneric && enumerable == nil && configurable == nil }
}
