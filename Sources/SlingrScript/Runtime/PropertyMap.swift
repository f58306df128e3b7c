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

/// The own string-keyed properties of an object, in insertion order.
///
/// Small objects (most of them) are searched linearly; past a threshold a hash index is kept.
/// Lookups accept a hint (the slot found last time by the same syntax node) so repeated access
/// to the same shape of object is a single key comparison.
struct PropertyMap {
    struct Entry {
        var key: JSString
        var value: Value
        var flags: PropertyFlags
    }

    private(set) var entries: [Entry] = []
    private var index: [JSString: Int]?
    /// Set once a key that is an array index is stored, so key ordering knows to sort.
    private(set) var hasIndexKeys = false

    private static let indexThreshold = 8

    init() {}

    init(capacity: Int) { entries.reserveCapacity(capacity) }

    var count: Int { entries.count }

    @inline(__always)
    func find(_ key: JSString) -> Int? {
        if let index { return index[key] }
        for position in entries.indices where entries[position].key == key { return position }
        return nil
    }

    /// `find` with a per-call-site cache of the slot found last time.
    @inline(__always)
    func find(_ key: JSString, hint: inout Int) -> Int? {
        let guess = hint
        if guess < entries.count, entries.withUnsafeBufferPointer({ $0[guess].key == key }) { return guess }
        let found = find(key)
        if let found { hint = found }
        return found
    }

    @inline(__always)
    subscript(position: Int) -> Entry {
        get { entries[position] }
        set { entries[position] = newValue }
    }

    @inline(__always)
    func value(at position: Int) -> Value { entries[position].value }

    mutating func setValue(_ value: Value, at position: Int) { entries[position].value = value }

    /// Appends a key known to be absent.
    mutating func append(_ key: JSString, _ value: Value, flags: PropertyFlags = .data) {
        if !hasIndexKeys, key.arrayIndex != nil { hasIndexKeys = true }
        entries.append(Entry(key: key, value: value, flags: flags))
        if index != nil {
            index?[key] = entries.count - 1
        } else if entries.count > PropertyMap.indexThreshold {
            rebuildIndex()
        }
    }

    mutating func set(_ key: JSString, _ value: Value, flags: PropertyFlags = .data) {
        if let position = find(key) {
            entries[position].value = value
            entries[position].flags = flags
        } else {
            append(key, value, flags: flags)
        }
    }

    @discardableResult
    mutating func remove(_ key: JSString) -> Bool {
        guard let position = find(key) else { return false }
        entries.remove(at: position)
        if index != nil { rebuildIndex() }
        return true
    }

    private mutating func rebuildIndex() {
        var table = [JSString: Int](minimumCapacity: entries.count * 2)
        for (position, entry) in entries.enumerated() { table[entry.key] = position }
        index = table
    }

    /// Own keys in JavaScript order: array-index keys ascending, then the rest by insertion.
    func orderedKeys(includeHidden: Bool) -> [JSString] {
        var keys: [JSString] = []
        keys.reserveCapacity(entries.count)
        if !hasIndexKeys {
            for entry in entries where includeHidden || entry.flags.contains(.enumerable) { keys.append(entry.key) }
            return keys
        }
        var indexed: [(UInt32, JSString)] = []
        for entry in entries where includeHidden || entry.flags.contains(.enumerable) {
            if let number = entry.key.arrayIndex { indexed.append((number, entry.key)) } else { keys.append(entry.key) }
        }
        indexed.sort { $0.0 < $1.0 }
        return indexed.map(\.1) + keys
    }
}
