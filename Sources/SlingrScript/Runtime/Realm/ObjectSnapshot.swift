/// The state of one object at a moment (`Realm.protectState`): its prototype, extensibility,
/// kind, elements, array storage, own properties and which of its built-ins exist; it can tell
/// whether the object changed since and put it back as it was.
///
/// Comparing is cheap: elements are compared by storage (copy-on-write gives a changed array
/// new storage, since the snapshot still holds the old one) and properties entry by entry by
/// identity, so checking an unchanged built-in costs a few comparisons per property.
struct ObjectSnapshot {
    let object: JSObject
    private let prototype: JSObject?
    private let extensible: Bool
    private let kind: ObjectKind
    private let elements: [Value]
    private let storage: ArrayStorage
    private let entries: [PropertyMap.Entry]
    private let created: Set<JSString>?

    init(_ object: JSObject) {
        self.object = object
        prototype = object.prototype
        extensible = object.extensible
        kind = object.kind
        elements = object.elements
        storage = object.storage
        entries = (0..<object.properties.count).map { object.properties[$0] }
        created = object.lazyBuiltins?.created
    }

    /// Whether the object is as it was.
    var isUnchanged: Bool {
        guard object.prototype === prototype, object.extensible == extensible, object.properties.count == entries.count,
              ObjectSnapshot.sameStorage(object.elements, elements), ObjectSnapshot.sameStorage(object.storage, storage),
              object.lazyBuiltins?.created.count == created?.count
        else { return false }
        if case .date(let time) = object.kind, case .date(let old) = kind, time.bitPattern != old.bitPattern { return false }
        for (position, entry) in entries.enumerated() {
            let current = object.properties[position]
            guard current.flags == entry.flags, current.key.sharesStorage(with: entry.key) || current.key == entry.key,
                  ObjectSnapshot.identical(current.value, entry.value)
            else { return false }
        }
        return true
    }

    /// Puts the object back as it was.
    func restore() {
        object.prototype = prototype
        object.extensible = extensible
        object.kind = kind
        object.elements = elements
        object.storage = storage
        object.properties.removeAll()
        for entry in entries { object.properties.append(entry.key, entry.value, flags: entry.flags) }
        if let created { object.lazyBuiltins?.created = created }
    }

    /// The same value, not merely an equal one (the same object, string storage, number bits).
    static func identical(_ left: Value, _ right: Value) -> Bool {
        switch (left, right) {
        case (.undefined, .undefined), (.null, .null): return true
        case (.bool(let l), .bool(let r)): return l == r
        case (.number(let l), .number(let r)): return l.bitPattern == r.bitPattern
        case (.string(let l), .string(let r)): return StringIdentity(l) == StringIdentity(r)
        case (.object(let l), .object(let r)): return l === r
        default: return false
        }
    }

    private static func sameStorage(_ left: [Value], _ right: [Value]) -> Bool {
        left.count == right.count
            && left.withUnsafeBufferPointer { l in right.withUnsafeBufferPointer { r in l.baseAddress == r.baseAddress } }
    }

    private static func sameStorage(_ left: ArrayStorage, _ right: ArrayStorage) -> Bool {
        left.isSparse == right.isSparse && left.lengthWritable == right.lengthWritable && left.mayHaveHoles == right.mayHaveHoles
            && left.elementFlags == right.elementFlags && left.sparseLength == right.sparseLength
    }
}
