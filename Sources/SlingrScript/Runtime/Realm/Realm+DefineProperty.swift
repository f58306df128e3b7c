/// Own properties as the specification describes them: `[[GetOwnProperty]]` and
/// `[[DefineOwnProperty]]` (ValidateAndApplyPropertyDescriptor), with the exotic behaviour of
/// arrays (`length`, indices), `arguments` objects (mapped parameters) and string objects.
extension Realm {
    /// An own property: its value (the accessor pair for accessors) and attributes.
    typealias OwnProperty = (value: Value, flags: PropertyFlags)

    /// `[[GetOwnProperty]]`, without running any code.
    func ownProperty(_ object: JSObject, _ key: JSString) -> OwnProperty? {
        switch object.kind {
        case .array:
            if key == Names.length {
                return (.number(Double(object.arrayLength)), object.storage.lengthWritable ? [.writable] : [])
            }
            if !object.storage.isSparse, let index = key.arrayIndex {
                guard let value = object.denseElement(Int(index)) else { return nil }
                return (value, object.storage.elementFlags)
            }
        case .arguments(let mapping):
            if let index = key.arrayIndex {
                if !object.storage.isSparse {
                    guard let value = object.denseElement(Int(index)) else { return nil }
                    return (mapping?.value(Int(index)) ?? value, object.storage.elementFlags)
                }
                if let value = mapping?.value(Int(index)), let slot = object.ownSlot(key) {
                    return (value, object.properties.flags(at: slot))
                }
            }
        case .primitive(.string(let string)):
            if let index = key.arrayIndex, Int(index) < string.count {
                return (.string(string.slice(Int(index), Int(index) + 1)), [.enumerable])
            }
            if key == Names.length { return (.number(Double(string.count)), []) }
        default:
            break
        }
        guard let slot = object.ownSlot(key) else { return nil }
        return (object.properties.value(at: slot), object.properties.flags(at: slot))
    }

    /// `[[DefineOwnProperty]]`: false when the definition is refused (a non-configurable
    /// property changed, a non-extensible object, an index past a read-only `length`).
    func defineOwnProperty(_ object: JSObject, _ key: JSString, _ descriptor: PropertyDescriptor) throws -> Bool {
        switch object.kind {
        case .array:
            if key == Names.length { return try defineArrayLength(object, descriptor) }
            if let index = key.arrayIndex {
                let length = object.arrayLength
                if Int(index) >= length, !object.storage.lengthWritable { return false }
                // The sandbox bounds every array's length, sparse or not.
                if Int(index) >= length { try checkArray(length: Int(index) + 1) }
                guard try validateAndApply(object, key, descriptor, current: ownProperty(object, key)) else { return false }
                if object.storage.isSparse, Int(index) >= length { object.storage.sparseLength = index &+ 1 }
                return true
            }
        case .arguments(let mapping?):
            if let index = key.arrayIndex, mapping.isMapped(Int(index)) {
                return try defineMappedArgument(object, mapping, Int(index), key, descriptor)
            }
        case .primitive(.string(let string)):
            if let index = key.arrayIndex, Int(index) < string.count {
                return Realm.isCompatible(descriptor, with: (.string(string.slice(Int(index), Int(index) + 1)), [.enumerable]))
            }
            if key == Names.length { return Realm.isCompatible(descriptor, with: (.number(Double(string.count)), [])) }
        default:
            break
        }
        return try validateAndApply(object, key, descriptor, current: ownProperty(object, key))
    }

    /// `Object.defineProperty` semantics: define or throw a TypeError naming the property.
    func definePropertyOrThrow(_ object: JSObject, _ key: JSString, _ descriptor: PropertyDescriptor) throws {
        guard try defineOwnProperty(object, key, descriptor) else {
            if !object.extensible, ownProperty(object, key) == nil {
                throw typeError("Cannot define property \(key.string), object is not extensible")
            }
            throw typeError("Cannot redefine property: \(key.string)")
        }
    }

    /// CreateDataProperty: an enumerable, writable, configurable data property; false when
    /// the object refuses it.
    @discardableResult
    func createDataProperty(_ object: JSObject, _ key: JSString, _ value: Value) throws -> Bool {
        try defineOwnProperty(object, key, .data(value, flags: .data))
    }

    /// CreateDataPropertyOrThrow.
    func createDataPropertyOrThrow(_ object: JSObject, _ key: JSString, _ value: Value) throws {
        if try !createDataProperty(object, key, value) {
            throw typeError("Cannot add property \(key.string), object is not extensible")
        }
    }

    /// CreateDataPropertyOrThrow for an index: where the array keeps its elements densely with
    /// the default attributes (the arrays map, slice, filter, Array.from ... build), the element
    /// is written in place, without making the key's text and parsing it back.
    func createDataIndexOrThrow(_ object: JSObject, _ index: Int, _ value: Value) throws {
        if case .array = object.kind, !object.storage.isSparse, object.storage.elementFlags == .data, object.extensible {
            if index < object.elements.count {
                // An element (writable, configurable) or a hole (a new element): either way a
                // plain data element results, and the length stays.
                object.elements[index] = value
                return
            }
            if index == object.elements.count, object.storage.lengthWritable {
                try checkArray(length: index + 1)
                try chargeNewValues(1)
                object.elements.append(value)
                return
            }
        }
        try createDataPropertyOrThrow(object, Names.indexKey(index), value)
    }

    /// Whether defining `descriptor` on a property that can never change would succeed.
    static func isCompatible(_ descriptor: PropertyDescriptor, with current: OwnProperty) -> Bool {
        if descriptor.configurable == true { return false }
        if let enumerable = descriptor.enumerable, enumerable != current.flags.contains(.enumerable) { return false }
        if descriptor.isAccessor { return false }
        if descriptor.writable == true { return false }
        if let value = descriptor.value, !Value.sameValue(value, current.value) { return false }
        return true
    }

    /// ValidateAndApplyPropertyDescriptor for properties kept in dense elements or the map.
    func validateAndApply(_ object: JSObject, _ key: JSString, _ descriptor: PropertyDescriptor, current: OwnProperty?) throws
        -> Bool
    {
        guard let current else {
            guard object.extensible else { return false }
            if descriptor.isAccessor {
                var flags: PropertyFlags = .accessor
                if descriptor.enumerable == true { flags.insert(.enumerable) }
                if descriptor.configurable == true { flags.insert(.configurable) }
                try store(object, key, .object(accessorPair(descriptor.getter, descriptor.setter)), flags: flags)
            } else {
                var flags: PropertyFlags = []
                if descriptor.writable == true { flags.insert(.writable) }
                if descriptor.enumerable == true { flags.insert(.enumerable) }
                if descriptor.configurable == true { flags.insert(.configurable) }
                try store(object, key, descriptor.value ?? .undefined, flags: flags)
            }
            return true
        }
        if descriptor.isEmpty { return true }
        let currentFlags = current.flags
        let currentIsAccessor = currentFlags.contains(.accessor)
        if !currentFlags.contains(.configurable) {
            if descriptor.configurable == true { return false }
            if let enumerable = descriptor.enumerable, enumerable != currentFlags.contains(.enumerable) { return false }
            if !descriptor.isGeneric, descriptor.isAccessor != currentIsAccessor { return false }
            if currentIsAccessor {
                let (getter, setter) = Realm.accessorFunctions(current.value)
                if let newGetter = descriptor.getter, !Value.sameValue(newGetter, getter) { return false }
                if let newSetter = descriptor.setter, !Value.sameValue(newSetter, setter) { return false }
            } else if !currentFlags.contains(.writable) {
                if descriptor.writable == true { return false }
                if let value = descriptor.value, !Value.sameValue(value, current.value) { return false }
            }
        }
        var flags = currentFlags
        if let enumerable = descriptor.enumerable { flags.set(.enumerable, enumerable) }
        if let configurable = descriptor.configurable { flags.set(.configurable, configurable) }
        var value = current.value
        if descriptor.isAccessor || (currentIsAccessor && descriptor.isGeneric) {
            if descriptor.isAccessor {
                let (getter, setter) = currentIsAccessor ? Realm.accessorFunctions(current.value) : (.undefined, .undefined)
                value = .object(accessorPair(descriptor.getter ?? getter, descriptor.setter ?? setter))
            }
            flags.remove(.writable)
            flags.insert(.accessor)
        } else {
            if currentIsAccessor {
                // An accessor becomes a data property: value and writable default to absent.
                flags.remove(.accessor)
                flags.remove(.writable)
                value = .undefined
            }
            if let writable = descriptor.writable { flags.set(.writable, writable) }
            if let newValue = descriptor.value { value = newValue }
        }
        try store(object, key, value, flags: flags)
        return true
    }

    /// The getter and setter of an accessor pair (`undefined` when absent).
    static func accessorFunctions(_ pair: Value) -> (getter: Value, setter: Value) {
        guard case .object(let object) = pair, case .accessor(let getter, let setter) = object.kind else {
            return (.undefined, .undefined)
        }
        return (getter.map { .object($0) } ?? .undefined, setter.map { .object($0) } ?? .undefined)
    }

    func accessorPair(_ getter: Value?, _ setter: Value?) -> JSObject {
        register(JSObject(prototype: nil, kind: .accessor(getter: getter?.asObject, setter: setter?.asObject)))
    }

    /// Writes an own property's value and attributes where the object keeps it: the dense
    /// elements when they can hold it, else the property map (making the elements sparse
    /// first when an element's attributes differ from the others').
    func store(_ object: JSObject, _ key: JSString, _ value: Value, flags: PropertyFlags) throws {
        switch object.kind {
        case .array, .arguments:
            guard !object.storage.isSparse, let index = key.arrayIndex else { break }
            if flags == object.storage.elementFlags, try storeDense(object, Int(index), value) { return }
            try chargeMakingSparse(object)
            object.makeSparse()
        default:
            break
        }
        if let slot = object.ownSlot(key) {
            object.properties[slot] = PropertyMap.Entry(key: key, value: value, flags: flags)
        } else {
            chargeMemory(MemoryCensus.propertyBytes)
            object.properties.append(key, value, flags: flags)
        }
    }

    /// Turning dense elements into properties makes a key and a property for each.
    private func chargeMakingSparse(_ object: JSObject) throws {
        try chargeNewStrings(object.elements.count, length: 7)
        try chargeNewProperties(object.elements.count)
    }

    /// Stores an element in dense storage, growing it with holes; false when the index is too
    /// far past the end for dense storage to be worth it.
    func storeDense(_ object: JSObject, _ index: Int, _ value: Value) throws -> Bool {
        let count = object.elements.count
        if index < count {
            object.elements[index] = value
            return true
        }
        if index == count {
            try checkArray(length: count + 1)
            if count == object.elements.capacity { try reserveValues(max(4, count)) }
            object.elements.append(value)
            return true
        }
        guard Realm.isDenseGrowth(from: count, to: index + 1) else { return false }
        try checkArray(length: index + 1)
        try chargeNewValues(index + 1 - count)
        object.elements.append(contentsOf: repeatElement(ArrayHole.value, count: index - count))
        object.elements.append(value)
        object.storage.mayHaveHoles = true
        return true
    }

    /// Whether growing dense storage from `count` to `newCount` elements keeps it dense enough.
    static func isDenseGrowth(from count: Int, to newCount: Int) -> Bool {
        newCount <= count * 2 + 1024
    }

    // MARK: Arrays

    /// ArraySetLength and the other definitions of an array's `length`.
    func defineArrayLength(_ array: JSObject, _ descriptor: PropertyDescriptor) throws -> Bool {
        var newLength: Int?
        if let value = descriptor.value {
            let length = try toUInt32(value)
            let number = try toNumber(value)
            guard Double(length) == number else { throw rangeError("Invalid array length") }
            newLength = Int(length)
        }
        if descriptor.configurable == true || descriptor.enumerable == true || descriptor.isAccessor { return false }
        let writable = array.storage.lengthWritable
        if !writable, descriptor.writable == true { return false }
        let oldLength = array.arrayLength
        guard let newLength, newLength != oldLength else {
            if descriptor.writable == false { array.storage.lengthWritable = false }
            return true
        }
        guard writable else { return false }
        let succeeded = try setArrayLength(array, newLength)
        if descriptor.writable == false { array.storage.lengthWritable = false }
        return succeeded
    }

    /// Changes a (writable-length) array's length, deleting elements past the new end; false
    /// when a non-configurable element stops the deletion (the length then ends after it).
    func setArrayLength(_ array: JSObject, _ newLength: Int) throws -> Bool {
        if newLength > array.arrayLength { try checkArray(length: newLength) }
        if !array.storage.isSparse {
            let count = array.elements.count
            if newLength < count {
                if array.storage.elementFlags.contains(.configurable) {
                    try charge(count - newLength)
                    array.elements.removeSubrange(newLength...)
                    return true
                }
                // Non-configurable elements: the last one that exists stops the deletion.
                var last = count - 1
                while last >= newLength, ArrayHole.isHole(array.elements[last]) { last -= 1 }
                array.elements.removeSubrange((last + 1)...)
                return last < newLength
            }
            // Within the array-length limit holes stay dense (charged as memory): `new
            // Array(n).fill(x)` then fills in place instead of making a property per index.
            if Realm.isDenseGrowth(from: count, to: newLength) || newLength <= limits.maxArrayLength {
                try checkArray(length: newLength)
                try chargeNewValues(newLength - count)
                array.elements.append(contentsOf: repeatElement(ArrayHole.value, count: newLength - count))
                array.storage.mayHaveHoles = true
                return true
            }
            try chargeMakingSparse(array)
            array.makeSparse()
        }
        let oldLength = Int(array.storage.sparseLength)
        if newLength < oldLength {
            var doomed: [(UInt32, JSString)] = []
            for position in 0..<array.properties.count {
                let key = array.properties.key(at: position)
                if let index = key.arrayIndex, Int(index) >= newLength { doomed.append((index, key)) }
            }
            try charge(doomed.count)
            doomed.sort { $0.0 > $1.0 }
            for (index, key) in doomed {
                guard let slot = array.properties.find(key) else { continue }
                if !array.properties.flags(at: slot).contains(.configurable) {
                    array.storage.sparseLength = index + 1
                    return false
                }
                array.properties.remove(key)
            }
        }
        array.storage.sparseLength = UInt32(newLength)
        return true
    }

    // MARK: Arguments

    /// `[[DefineOwnProperty]]` of a mapped index of an `arguments` object.
    private func defineMappedArgument(
        _ object: JSObject, _ mapping: ArgumentsMapping, _ index: Int, _ key: JSString, _ descriptor: PropertyDescriptor
    ) throws -> Bool {
        var applied = descriptor
        if descriptor.isData, descriptor.value == nil, descriptor.writable == false {
            applied.value = mapping.value(index)
        }
        guard try validateAndApply(object, key, applied, current: ownProperty(object, key)) else { return false }
        if descriptor.isAccessor {
            mapping.unmap(index)
        } else {
            if let value = descriptor.value { mapping.write(index, value) }
            if descriptor.writable == false { mapping.unmap(index) }
        }
        return true
    }
}

extension PropertyFlags {
    mutating func set(_ flag: PropertyFlags, _ on: Bool) {
        if on { insert(flag) } else { remove(flag) }
    }
}
