extension Realm {
    /// The elements of an array or array-like, as a list.
    func elements(of object: JSObject) throws -> [Value] {
        switch object.kind {
        case .array, .arguments: return object.elements
        case .primitive(.string(let string)):
            try chargeNewStrings(string.count, length: 1)
            return (0..<string.count).map { .string(string.slice($0, $0 + 1)) }
        default:
            let length = try lengthOf(object)
            try checkArray(length: length)
            try chargeNewValues(length)
            return try (0..<length).map { try get(object: object, Names.indexKey($0), receiver: .object(object)) }
        }
    }

    func mutableArray(_ this: Value, _ method: String) throws -> JSObject {
        let object = try thisObject(this, method)
        switch object.kind {
        case .array, .arguments:
            if object.frozenElements {
                throw typeError("Cannot modify a frozen array (Array.prototype.\(method))")
            }
            return object
        default:
            throw typeError("Array.prototype.\(method) is only supported on arrays by the interpreter")
        }
    }

    func callbackSetup(_ this: Value, _ arguments: Arguments, _ method: String) throws -> (JSObject, [Value], Value) {
        let object = try thisObject(this, method)
        let items = try elements(of: object)
        guard case .object(let function) = arguments[0], function.isCallable else {
            throw typeError("\(try describeForError(arguments[0])) is not a function")
        }
        return (object, items, .object(function))
    }

    /// `Array.prototype.join`; an array already being joined (a cycle) joins as "".
    func join(_ object: JSObject, separator: JSString) throws -> JSString {
        let identity = ObjectIdentifier(object)
        if conversionStack.contains(identity) { return .empty }
        conversionStack.append(identity)
        defer { conversionStack.removeLast() }
        let items = try elements(of: object)
        try charge(items.count)
        var units: [UInt16] = []
        for (index, item) in items.enumerated() {
            if index > 0 { units.append(contentsOf: separator.units) }
            if !item.isNullish { units.append(contentsOf: try toString(item).units) }
            if units.count > limits.maxStringLength { try checkString(length: units.count) }
        }
        return try makeString(units)
    }
}
