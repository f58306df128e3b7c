/// A JavaScript object: plain objects, arrays, functions, errors, regular expressions.
///
/// One class with a `kind` tag rather than a class hierarchy, so checks such as "is this an
/// array" are a switch instead of a dynamic cast. Arrays and `arguments` keep their elements in
/// a Swift array while they are dense (see `ArrayStorage`); every other own property lives in
/// `properties`.
public final class JSObject {
    @exclusivity(unchecked) var prototype: JSObject?
    @exclusivity(unchecked) var properties: PropertyMap
    @exclusivity(unchecked) var kind: ObjectKind
    /// Dense elements of arrays and `arguments` objects (see `ArrayStorage`).
    @exclusivity(unchecked) var elements: [Value] = []
    @exclusivity(unchecked) var storage = ArrayStorage()
    @exclusivity(unchecked) var extensible = true
    /// Built-in methods not created yet; see `BuiltinTable`.
    @exclusivity(unchecked) var lazyBuiltins: BuiltinTable?

    init(prototype: JSObject?, kind: ObjectKind = .ordinary, properties: consuming PropertyMap = PropertyMap()) {
        self.prototype = prototype
        self.kind = kind
        self.properties = properties
    }

    /// What `Object.prototype.toString` calls the object, and what `display` uses for functions.
    public var className: String {
        switch kind {
        case .ordinary, .accessor: return "Object"
        case .array: return "Array"
        case .function: return "Function"
        case .error: return "Error"
        case .regexp: return "RegExp"
        case .arguments: return "Arguments"
        case .arrayIterator: return "Array Iterator"
        case .date: return "Date"
        case .primitive(let value):
            switch value {
            case .bool: return "Boolean"
            case .number: return "Number"
            case .string: return "String"
            default: return "Object"
            }
        }
    }

    public var isCallable: Bool {
        if case .function = kind { return true }
        return false
    }

    public var isArray: Bool {
        if case .array = kind { return true }
        return false
    }

    var functionKind: FunctionKind? {
        if case .function(let function) = kind { return function }
        return nil
    }

    // MARK: Own properties

    /// The slot of an own property, creating a pending built-in on first use.
    @inline(__always)
    func ownSlot(_ key: JSString) -> Int? {
        if let position = properties.find(key) { return position }
        if lazyBuiltins != nil { return materialize(key) }
        return nil
    }

    @inline(__always)
    func ownSlot(_ site: inout PropertySite) -> Int? {
        if let position = properties.find(&site) { return position }
        if lazyBuiltins != nil { return materialize(site.key) }
        return nil
    }

    @inline(__always)
    func ownSlot(_ key: JSString, hint: inout Int) -> Int? {
        if let position = properties.find(key, hint: &hint) { return position }
        if lazyBuiltins != nil { return materialize(key) }
        return nil
    }

    private func materialize(_ key: JSString) -> Int? {
        guard let table = lazyBuiltins else { return nil }
        guard let spec = table.specs[key], !table.isMaterialized(key) else {
            guard let missing = table.missing, prototype?.findProperty(key) == nil, let value = missing(key) else { return nil }
            properties.append(key, value, flags: .data)
            return properties.count - 1
        }
        table.markMaterialized(key)
        properties.append(key, .object(table.makeFunction(spec)), flags: spec.flags)
        return properties.count - 1
    }

    /// Creates every pending built-in, before operations that list all own keys.
    func materializeAll() {
        guard let table = lazyBuiltins else { return }
        for key in table.order { _ = ownSlot(key) }
    }

    /// Whether the object has an own property `key` (without running any code).
    func hasOwnProperty(_ key: JSString) -> Bool {
        switch kind {
        case .array:
            if key == Names.length { return true }
            if !storage.isSparse, let index = key.arrayIndex { return hasDenseElement(Int(index)) }
        case .arguments(let mapping):
            if let index = key.arrayIndex {
                if let mapping, mapping.isMapped(Int(index)) { return true }
                if !storage.isSparse { return hasDenseElement(Int(index)) }
            }
        case .primitive(.string(let string)):
            if let index = key.arrayIndex, Int(index) < string.count { return true }
            if key == Names.length { return true }
        default:
            break
        }
        return ownSlot(key) != nil
    }

    /// Whether dense storage holds an element (not a hole) at `index`.
    @inline(__always)
    func hasDenseElement(_ index: Int) -> Bool {
        index < elements.count && !ArrayHole.isHole(elements[index])
    }

    /// The element at `index` of dense storage, nil for a hole or past the end.
    @inline(__always)
    func denseElement(_ index: Int) -> Value? {
        guard index < elements.count else { return nil }
        let value = elements[index]
        return ArrayHole.isHole(value) ? nil : value
    }

    /// An array's `length`.
    var arrayLength: Int { storage.isSparse ? Int(storage.sparseLength) : elements.count }

    /// Whether dense elements are exactly the own index properties, without holes, so a loop
    /// over `elements` sees what a loop over indices would (as long as nothing changes them).
    var isPackedArray: Bool {
        if case .array = kind { return !storage.isSparse && !storage.mayHaveHoles }
        return false
    }

    /// Defines or overwrites an own data property (object literals, results of built-ins):
    /// CreateDataProperty on an object known to accept it.
    func defineOwn(_ key: JSString, _ value: Value, flags: PropertyFlags = .data) {
        switch kind {
        case .array, .arguments:
            if !storage.isSparse, flags == storage.elementFlags, let index = key.arrayIndex, Int(index) <= elements.count {
                if Int(index) == elements.count {
                    elements.append(value)
                } else {
                    elements[Int(index)] = value
                }
                return
            }
        default:
            break
        }
        if let position = ownSlot(key) {
            properties[position] = PropertyMap.Entry(key: key, value: value, flags: flags)
        } else {
            properties.append(key, value, flags: flags)
        }
    }

    /// Moves dense elements into the property map (see `ArrayStorage`).
    func makeSparse() {
        guard !storage.isSparse else { return }
        let length = elements.count
        for index in 0..<length where !ArrayHole.isHole(elements[index]) {
            properties.append(Names.indexKey(index), elements[index], flags: storage.elementFlags)
        }
        elements = []
        storage.isSparse = true
        storage.sparseLength = UInt32(length)
    }

    /// Own string keys in JavaScript order: array indices ascending, then the other keys in
    /// creation order; only enumerable ones unless `includeHidden` (`Object.keys`, `for-in`,
    /// JSON; `Object.getOwnPropertyNames` with `includeHidden`).
    func ownKeys(includeHidden: Bool = false) -> [JSString] {
        var keys: [JSString] = []
        var exoticLength = false
        switch kind {
        case .array, .arguments:
            keys.reserveCapacity(elements.count + properties.count + 1)
            if includeHidden || storage.elementFlags.contains(.enumerable) {
                if storage.mayHaveHoles {
                    for index in 0..<elements.count where !ArrayHole.isHole(elements[index]) { keys.append(Names.indexKey(index)) }
                } else {
                    for index in 0..<elements.count { keys.append(Names.indexKey(index)) }
                }
            }
            if case .array = kind { exoticLength = includeHidden }
        case .primitive(.string(let string)):
            for index in 0..<string.count { keys.append(Names.indexKey(index)) }
            exoticLength = includeHidden
        default:
            break
        }
        if includeHidden { materializeAll() }
        guard properties.count > 0 else {
            if exoticLength { keys.append(Names.length) }
            return keys
        }
        let mapKeys = properties.orderedKeys(includeHidden: includeHidden)
        if exoticLength {
            // `length` was created with the object: first of the keys that are not indices.
            let named = properties.hasIndexKeys ? (mapKeys.firstIndex { $0.arrayIndex == nil } ?? mapKeys.count) : 0
            keys.append(contentsOf: mapKeys[..<named])
            keys.append(Names.length)
            keys.append(contentsOf: mapKeys[named...])
        } else {
            keys.append(contentsOf: mapKeys)
        }
        return keys
    }

    /// Walks the prototype chain for a property; returns the owner and slot.
    @inline(__always)
    func findProperty(_ key: JSString) -> (JSObject, Int)? {
        var current: JSObject? = self
        var depth = 0
        while let object = current {
            if let slot = object.ownSlot(key) { return (object, slot) }
            current = object.prototype
            depth += 1
            if depth > 10_000 { return nil }
        }
        return nil
    }
}
