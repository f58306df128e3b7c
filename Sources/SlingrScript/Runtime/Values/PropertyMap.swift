/// The own string-keyed properties of an object, in insertion order.
///
/// Small objects (most of them) are searched linearly; past a threshold a hash index is kept.
/// Lookups accept a hint (the slot found last time by the same syntax node) so repeated access
/// to the same shape of object is a single key comparison.
///
/// The map is noncopyable and owns its storage directly: property lookups, the hottest
/// operation of the interpreter, then borrow the map inside its object instead of copying
/// array and dictionary references (which costs atomic reference counting on every access).
struct PropertyMap: ~Copyable {
    struct Entry {
        var key: JSString
        var value: Value
        var flags: PropertyFlags
    }

    /// Shared by every empty map, never written (capacity 0).
    nonisolated(unsafe) private static let emptyStorage = UnsafeMutablePointer<Entry>.allocate(capacity: 1)

    private var storage: UnsafeMutablePointer<Entry>
    private(set) var count = 0
    private var capacity = 0
    private var index: [JSString: Int]?
    /// Set once a key that is an array index is stored, so key ordering knows to sort.
    private(set) var hasIndexKeys = false

    private static let indexThreshold = 8

    init() { storage = PropertyMap.emptyStorage }

    init(capacity: Int) {
        if capacity > 0 {
            storage = UnsafeMutablePointer<Entry>.allocate(capacity: capacity)
            self.capacity = capacity
        } else {
            storage = PropertyMap.emptyStorage
        }
    }

    deinit {
        if capacity > 0 {
            storage.deinitialize(count: count)
            storage.deallocate()
        }
    }

    @inline(__always)
    func find(_ key: JSString) -> Int? {
        if let index { return index[key] }
        var position = 0
        while position < count {
            if storage[position].key == key { return position }
            position += 1
        }
        return nil
    }

    /// `find` for a call site: tries the remembered slot first and adopts the entry's key.
    @inline(__always)
    func find(_ site: inout PropertySite) -> Int? {
        let guess = site.hint
        if guess < count {
            if keyIdentity(at: guess) == site.identity { return guess }
            if storage[guess].key == site.key {
                site.adopt(storage[guess].key)
                return guess
            }
        }
        guard let found = find(site.key) else { return nil }
        site.hint = found
        site.adopt(storage[found].key)
        return found
    }

    /// `storageIdentity` of the key at `position`, read in place: copying the key out of the
    /// storage to ask it would cost a retain and a release (the key is the entry's first field,
    /// one word: `HotPathTests` checks both).
    @inline(__always)
    func keyIdentity(at position: Int) -> UInt {
        UnsafeRawPointer(storage + position).load(as: UInt.self)
    }

    /// `find` with a per-call-site cache of the slot found last time.
    @inline(__always)
    func find(_ key: JSString, hint: inout Int) -> Int? {
        let guess = hint
        if guess < count, storage[guess].key == key { return guess }
        let found = find(key)
        if let found { hint = found }
        return found
    }

    @inline(__always)
    subscript(position: Int) -> Entry {
        get { storage[position] }
        set { storage[position] = newValue }
    }

    @inline(__always)
    func value(at position: Int) -> Value { storage[position].value }

    @inline(__always)
    func flags(at position: Int) -> PropertyFlags { storage[position].flags }

    /// The object held by a data property, without a retain (see `ExpressionNode.peekObject`).
    @inline(__always)
    func peekObject(at position: Int) -> Unmanaged<JSObject>? {
        if storage[position].flags.contains(.accessor) { return nil }
        return storage[position].value.unretainedObject
    }

    /// The truthiness of a data property's value, read in place; nil for an accessor.
    @inline(__always)
    func dataTruthiness(at position: Int) -> Bool? {
        if storage[position].flags.contains(.accessor) { return nil }
        return storage[position].value.isTruthy
    }

    /// Whether a data property's value equals the primitive `constant`, compared in place
    /// (see `ExpressionNode.peekEquals`): same types, and `null`/`undefined`, for `==`; every
    /// value for `===`. Nil for an accessor, a comparison `==` must convert for, or a string
    /// long enough that comparing it is charged work.
    @inline(__always)
    func dataEquals(at position: Int, _ constant: Value, strict: Bool) -> Bool? {
        if storage[position].flags.contains(.accessor) { return nil }
        switch constant {
        case .string(let text):
            if text.count >= 64 { return nil }
            if case .string(let value) = storage[position].value { return value == text }
        case .number(let number):
            if case .number(let value) = storage[position].value { return value == number }
        case .bool(let flag):
            if case .bool(let value) = storage[position].value { return value == flag }
        case .undefined, .null:
            switch storage[position].value {
            case .undefined, .null: return strict ? storage[position].value.isUndefined == constant.isUndefined : true
            default: return false
            }
        case .object:
            return nil
        }
        return strict ? false : nil
    }

    /// Whether a data property's value is bit for bit the `Value` at `candidate`.
    @inline(__always)
    func dataIsIdentical(at position: Int, to candidate: UnsafeRawPointer) -> Bool {
        if storage[position].flags.contains(.accessor) { return false }
        guard let offset = PropertyMap.valueOffset else { return false }
        return Value.hasSameBits(UnsafeRawPointer(storage + position) + offset, candidate)
    }

    private static let valueOffset = MemoryLayout<Entry>.offset(of: \Entry.value)

    /// The value of a data property; nil for an accessor.
    @inline(__always)
    func dataValue(at position: Int) -> Value? {
        if storage[position].flags.contains(.accessor) { return nil }
        return storage[position].value
    }

    /// The value of the own data property `site` names; nil when there is none (or an accessor).
    @inline(__always)
    func dataValue(_ site: inout PropertySite) -> Value? {
        guard let slot = find(&site) else { return nil }
        return dataValue(at: slot)
    }

    /// The object held by the own data property `site` names, without a retain.
    @inline(__always)
    func peekObject(_ site: inout PropertySite) -> Unmanaged<JSObject>? {
        guard let slot = find(&site) else { return nil }
        return peekObject(at: slot)
    }

    @inline(__always)
    func key(at position: Int) -> JSString { storage[position].key }

    @inline(__always)
    mutating func setValue(_ value: Value, at position: Int) { storage[position].value = value }

    mutating func setFlags(_ flags: PropertyFlags, at position: Int) { storage[position].flags = flags }

    private mutating func grow() {
        let newCapacity = max(4, capacity * 2)
        let newStorage = UnsafeMutablePointer<Entry>.allocate(capacity: newCapacity)
        if capacity > 0 {
            newStorage.moveInitialize(from: storage, count: count)
            storage.deallocate()
        }
        storage = newStorage
        capacity = newCapacity
    }

    /// Appends a key known to be absent.
    mutating func append(_ key: JSString, _ value: Value, flags: PropertyFlags = .data) {
        if !hasIndexKeys, key.arrayIndex != nil { hasIndexKeys = true }
        if count == capacity { grow() }
        (storage + count).initialize(to: Entry(key: key, value: value, flags: flags))
        count += 1
        if index != nil {
            index?[key] = count - 1
        } else if count > PropertyMap.indexThreshold {
            rebuildIndex()
        }
    }

    mutating func set(_ key: JSString, _ value: Value, flags: PropertyFlags = .data) {
        if let position = find(key) {
            storage[position].value = value
            storage[position].flags = flags
        } else {
            append(key, value, flags: flags)
        }
    }

    @discardableResult
    mutating func remove(_ key: JSString) -> Bool {
        guard let position = find(key) else { return false }
        (storage + position).deinitialize(count: 1)
        let following = count - position - 1
        if following > 0 { (storage + position).moveInitialize(from: storage + position + 1, count: following) }
        count -= 1
        if index != nil { rebuildIndex() }
        return true
    }

    /// Drops every entry (used to break reference cycles when a realm goes away).
    mutating func removeAll() {
        storage.deinitialize(count: count)
        count = 0
        index = nil
    }

    private mutating func rebuildIndex() {
        var table = [JSString: Int](minimumCapacity: count * 2)
        for position in 0..<count { table[storage[position].key] = position }
        index = table
    }

    /// Own keys in JavaScript order: array-index keys ascending, then the rest by insertion.
    func orderedKeys(includeHidden: Bool) -> [JSString] {
        var keys: [JSString] = []
        keys.reserveCapacity(count)
        if !hasIndexKeys {
            for position in 0..<count where includeHidden || storage[position].flags.contains(.enumerable) {
                keys.append(storage[position].key)
            }
            return keys
        }
        var indexed: [(UInt32, JSString)] = []
        for position in 0..<count where includeHidden || storage[position].flags.contains(.enumerable) {
            let key = storage[position].key
            if let number = key.arrayIndex { indexed.append((number, key)) } else { keys.append(key) }
        }
        indexed.sort { $0.0 < $1.0 }
        return indexed.map(\.1) + keys
    }
}
