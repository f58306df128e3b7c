extension Realm {
    /// LengthOfArrayLike: `length` of an array, or ToLength of an object's `length` property.
    func lengthOf(_ object: JSObject) throws -> Int {
        if case .array = object.kind { return object.arrayLength }
        let number = try toInteger(try get(object: object, Names.length, receiver: .object(object)))
        if number <= 0 { return 0 }
        return Int(min(number, 9_007_199_254_740_991))
    }

    /// CreateListFromArrayLike: the values at indices `0..<length`, each read with `[[Get]]`
    /// (so holes read through the prototype chain and getters run).
    func listFromArrayLike(_ object: JSObject) throws -> [Value] {
        if object.isPackedArray { return object.elements }
        if case .primitive(.string(let string)) = object.kind {
            try chargeNewStrings(string.count, length: 1)
            return (0..<string.count).map { .string(string.slice($0, $0 + 1)) }
        }
        let length = try lengthOf(object)
        try checkArray(length: length)
        try chargeNewValues(length)
        var values: [Value] = []
        values.reserveCapacity(length)
        for index in 0..<length { values.append(try get(object: object, Names.indexKey(index), receiver: .object(object))) }
        return values
    }

    /// `[[Get]]` of an index, with the dense fast path.
    @inline(__always)
    func getIndex(_ object: JSObject, _ index: Int) throws -> Value {
        if case .array = object.kind, let value = object.denseElement(index) { return value }
        return try get(object: object, Names.indexKey(index), receiver: .object(object))
    }

    /// `[[HasProperty]]` of an index, with the dense fast path.
    @inline(__always)
    func hasIndex(_ object: JSObject, _ index: Int) -> Bool {
        if case .array = object.kind, object.hasDenseElement(index) { return true }
        return has(object, Names.indexKey(index))
    }

    /// `Set(O, index, value, true)`.
    @inline(__always)
    func setIndex(_ object: JSObject, _ index: Int, _ value: Value) throws {
        if case .array = object.kind, index < object.elements.count, object.storage.elementFlags.contains(.writable),
           !ArrayHole.isHole(object.elements[index])
        {
            object.elements[index] = value
            return
        }
        try set(object: object, Names.indexKey(index), value)
    }

    /// DeletePropertyOrThrow of an index.
    func deleteIndex(_ object: JSObject, _ index: Int) throws {
        if !deleteProperty(object, Names.indexKey(index)) {
            throw typeError("Cannot delete property '\(index)' of \(display(.object(object)))")
        }
    }

    /// `Set(O, "length", length, true)`.
    func setLength(_ object: JSObject, _ length: Int) throws {
        try set(object: object, Names.length, .number(Double(length)))
    }

    /// `Array.prototype.join` (the separator is converted after `length` is read); an array
    /// already being joined (a cycle) joins as "".
    func join(_ object: JSObject, separator separatorValue: Value) throws -> JSString {
        let identity = ObjectIdentifier(object)
        if conversionStack.contains(identity) { return .empty }
        conversionStack.append(identity)
        defer { conversionStack.removeLast() }
        let length = try lengthOf(object)
        let separator = separatorValue.isUndefined ? Names.comma : try toString(separatorValue)
        try charge(length)
        var units: [UInt16] = []
        for index in 0..<length {
            if index > 0 {
                units.append(contentsOf: separator.units)
                if units.count > limits.maxStringLength { try checkString(length: units.count) }
            }
            let item = try getIndex(object, index)
            if !item.isNullish { units.append(contentsOf: try toString(item).units) }
            if units.count > limits.maxStringLength { try checkString(length: units.count) }
        }
        return try makeString(units)
    }
}
