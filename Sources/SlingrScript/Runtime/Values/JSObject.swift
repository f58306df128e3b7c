/// A JavaScript object: plain objects, arrays, functions, errors, regular expressions.
///
/// One class with a `kind` tag rather than a class hierarchy, so checks such as "is this an
/// array" are a switch instead of a dynamic cast. Arrays keep their elements in a dense Swift
/// array (holes read as `undefined`); every other own property lives in `properties`.
public final class JSObject {
    @exclusivity(unchecked) var prototype: JSObject?
    @exclusivity(unchecked) var properties: PropertyMap
    @exclusivity(unchecked) var kind: ObjectKind
    /// Array elements (only for `.array`).
    @exclusivity(unchecked) var elements: [Value] = []
    @exclusivity(unchecked) var extensible = true
    /// `Object.freeze` on an array also freezes its elements.
    @exclusivity(unchecked) var frozenElements = false
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

    func hasOwnProperty(_ key: JSString) -> Bool {
        if case .array = kind {
            if let index = key.arrayIndex { return Int(index) < elements.count }
            if key == Names.length { return true }
        }
        if case .primitive(.string(let string)) = kind {
            if let index = key.arrayIndex { return Int(index) < string.count }
            if key == Names.length { return true }
        }
        return ownSlot(key) != nil
    }

    /// Defines or overwrites an own data property (object literals, `Object.assign` targets).
    func defineOwn(_ key: JSString, _ value: Value, flags: PropertyFlags = .data) {
        if case .array = kind, let index = key.arrayIndex, Int(index) < elements.count {
            elements[Int(index)] = value
            return
        }
        if let position = ownSlot(key) {
            properties[position] = PropertyMap.Entry(key: key, value: value, flags: flags)
        } else {
            properties.append(key, value, flags: flags)
        }
    }

    /// Own enumerable string keys in JavaScript order (`Object.keys`, `for-in`, JSON).
    func ownKeys(includeHidden: Bool = false) -> [JSString] {
        var keys: [JSString] = []
        switch kind {
        case .array:
            keys.reserveCapacity(elements.count + properties.count)
            for index in 0..<elements.count { keys.append(Names.indexKey(index)) }
            if includeHidden { keys.append(Names.length) }
        case .primitive(.string(let string)):
            for index in 0..<string.count { keys.append(Names.indexKey(index)) }
            if includeHidden { keys.append(Names.length) }
        default:
            break
        }
        if includeHidden { materializeAll() }
        if properties.count > 0 { keys.append(contentsOf: properties.orderedKeys(includeHidden: includeHidden)) }
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
