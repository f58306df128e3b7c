/// Property access on any value: `[[Get]]`, `[[Set]]`, `delete` and `in`, including the
/// special behaviour of arrays (`length`, indices), strings and accessors.
extension Realm {
    // MARK: Get

    /// `base[key]` for a computed key.
    func get(_ base: Value, key: Value) throws -> Value {
        if case .number(let number) = key, let index = Int(exactly: number), index >= 0 {
            switch base {
            case .object(let object):
                if case .array = object.kind {
                    if index < object.elements.count { return object.elements[index] }
                } else if case .arguments = object.kind, index < object.elements.count {
                    return object.elements[index]
                }
            case .string(let string):
                if index < string.count { return .string(JSString(units: [string[index]])) }
            default:
                break
            }
        }
        if base.isNullish {
            throw typeError("Cannot read properties of \(base.isUndefined ? "undefined" : "null") (reading '\(try toPropertyKey(key).string)')")
        }
        return try get(base, try toPropertyKey(key))
    }

    /// `base.key`.
    func get(_ base: Value, _ key: JSString) throws -> Value {
        switch base {
        case .object(let object):
            return try get(object: object, key, receiver: base)
        case .string(let string):
            if key == Names.length { return .number(Double(string.count)) }
            if let index = key.arrayIndex, Int(index) < string.count {
                return .string(JSString(units: [string[Int(index)]]))
            }
            return try get(object: stringPrototype, key, receiver: base)
        case .number:
            return try get(object: numberPrototype, key, receiver: base)
        case .bool:
            return try get(object: booleanPrototype, key, receiver: base)
        case .undefined, .null:
            throw typeError("Cannot read properties of \(base.isUndefined ? "undefined" : "null") (reading '\(key.string)')")
        }
    }

    /// `base.key` where `key` is fixed at a call site that remembers where it found it last.
    @inline(__always)
    func getNamed(_ base: Value, _ site: inout PropertySite) throws -> Value {
        if let unretained = base.unretainedObject {
            // `base` keeps the object alive; looking inside needs no reference counting.
            let found: Value? = unretained._withUnsafeGuaranteedRef { object in
                guard let slot = object.properties.find(&site), !object.properties.flags(at: slot).contains(.accessor) else {
                    return nil
                }
                return object.properties.value(at: slot)
            }
            if let found { return found }
        }
        return try get(base, site.key)
    }

    func get(object: JSObject, _ key: JSString, receiver: Value) throws -> Value {
        switch object.kind {
        case .array, .arguments:
            if let index = key.arrayIndex {
                if Int(index) < object.elements.count { return object.elements[Int(index)] }
            } else if key == Names.length {
                if case .array = object.kind { return .number(Double(object.elements.count)) }
            }
        case .primitive(.string(let string)):
            if key == Names.length { return .number(Double(string.count)) }
            if let index = key.arrayIndex, Int(index) < string.count {
                return .string(JSString(units: [string[Int(index)]]))
            }
        case .regexp(let data):
            if RegExpBuiltins.accessorNames.contains(key), let value = RegExpBuiltins.accessor(data.program, key) {
                return value
            }
        default:
            break
        }
        var current = object
        var depth = 0
        while true {
            if let slot = current.ownSlot(key) {
                let flags = current.properties.flags(at: slot)
                let value = current.properties.value(at: slot)
                if flags.contains(.accessor) { return try callGetter(value, receiver: receiver) }
                return value
            }
            guard let next = current.prototype else { return .undefined }
            current = next
            depth += 1
            if depth & 63 == 0 {
                // Long prototype chains are built by scripts: walking them is charged work.
                if depth > 10_000 { return .undefined }
                try step()
            }
        }
    }

    private func callGetter(_ pair: Value, receiver: Value) throws -> Value {
        guard case .object(let accessor) = pair, case .accessor(let getter, _) = accessor.kind, let getter else {
            return .undefined
        }
        return try call(.object(getter), this: receiver, arguments: [])
    }

    // MARK: Set

    func set(_ base: Value, key: Value, _ value: Value) throws {
        if case .number(let number) = key, case .object(let object) = base, case .array = object.kind,
           let index = Int(exactly: number), index >= 0, index < object.elements.count, !object.frozenElements
        {
            object.elements[index] = value
            return
        }
        if base.isNullish {
            throw typeError("Cannot set properties of \(base.isUndefined ? "undefined" : "null") (setting '\(try toPropertyKey(key).string)')")
        }
        try set(base, try toPropertyKey(key), value)
    }

    func set(_ base: Value, _ key: JSString, _ value: Value) throws {
        switch base {
        case .object(let object):
            try set(object: object, key, value)
        case .undefined, .null:
            throw typeError("Cannot set properties of \(base.isUndefined ? "undefined" : "null") (setting '\(key.string)')")
        default:
            // Assigning to a property of a primitive is silently ignored in sloppy mode.
            return
        }
    }

    /// `base.key = value` with a call-site slot hint.
    @inline(__always)
    func setNamed(_ base: Value, _ value: Value, _ site: inout PropertySite) throws {
        if case .object(let object) = base, let slot = object.properties.find(&site),
           object.properties.flags(at: slot).contains(.writable)
        {
            object.properties.setValue(value, at: slot)
            return
        }
        try set(base, site.key, value)
    }

    func set(object: JSObject, _ key: JSString, _ value: Value) throws {
        switch object.kind {
        case .array:
            if let index = key.arrayIndex {
                try setElement(object, Int(index), value)
                return
            }
            if key == Names.length {
                try setArrayLength(object, value)
                return
            }
        case .arguments:
            if let index = key.arrayIndex, Int(index) < object.elements.count {
                object.elements[Int(index)] = value
                return
            }
        case .primitive(.string(let string)):
            if key == Names.length { return }
            if let index = key.arrayIndex, Int(index) < string.count { return }
        default:
            break
        }
        if let slot = object.ownSlot(key) {
            let flags = object.properties.flags(at: slot)
            if flags.contains(.accessor) {
                try callSetter(object.properties.value(at: slot), receiver: .object(object), value)
            } else if flags.contains(.writable) {
                object.properties.setValue(value, at: slot)
            }
            return
        }
        // An inherited setter or read-only property decides; otherwise add an own property.
        var current = object.prototype
        var depth = 0
        while let proto = current, depth < 10_000 {
            if let slot = proto.ownSlot(key) {
                let flags = proto.properties.flags(at: slot)
                if flags.contains(.accessor) {
                    try callSetter(proto.properties.value(at: slot), receiver: .object(object), value)
                    return
                }
                if !flags.contains(.writable) { return }
                break
            }
            current = proto.prototype
            depth += 1
            if depth & 63 == 0 { try step() }
        }
        guard object.extensible else { return }
        chargeMemory(MemoryCensus.propertyBytes)
        object.properties.append(key, value)
    }

    private func callSetter(_ pair: Value, receiver: Value, _ value: Value) throws {
        guard case .object(let accessor) = pair, case .accessor(_, let setter) = accessor.kind, let setter else { return }
        _ = try call(.object(setter), this: receiver, arguments: [value])
    }

    func setElement(_ array: JSObject, _ index: Int, _ value: Value) throws {
        if array.frozenElements { return }
        if index < array.elements.count {
            array.elements[index] = value
            return
        }
        guard array.extensible else { return }
        try checkArray(length: index + 1)
        if index > array.elements.count {
            try chargeNewValues(index - array.elements.count)
            array.elements.append(contentsOf: repeatElement(Value.undefined, count: index - array.elements.count))
        }
        if array.elements.count == array.elements.capacity { try reserveValues(max(4, array.elements.count)) }
        array.elements.append(value)
    }

    func setArrayLength(_ array: JSObject, _ value: Value) throws {
        let number = try toNumber(value)
        guard let length = Int(exactly: number), length >= 0, length <= 4_294_967_295 else {
            throw rangeError("Invalid array length")
        }
        if array.frozenElements { return }
        if length < array.elements.count {
            array.elements.removeSubrange(length...)
        } else if length > array.elements.count {
            try checkArray(length: length)
            try chargeNewValues(length - array.elements.count)
            array.elements.append(contentsOf: repeatElement(Value.undefined, count: length - array.elements.count))
        }
    }

    // MARK: Delete and has

    /// `delete base[key]`; false when the property cannot be deleted.
    func delete(_ base: Value, key: Value) throws -> Bool {
        guard case .object(let object) = base else {
            if base.isNullish {
                throw typeError("Cannot convert undefined or null to object")
            }
            return true
        }
        let name = try toPropertyKey(key)
        switch object.kind {
        case .array, .arguments:
            if let index = name.arrayIndex {
                let position = Int(index)
                if position == object.elements.count - 1, case .arguments = object.kind {
                    object.elements.removeLast()
                } else if position < object.elements.count {
                    // Arrays are dense here: a deleted element reads as undefined (a hole).
                    object.elements[position] = .undefined
                }
                return true
            }
            if name == Names.length { return false }
        default:
            break
        }
        guard let slot = object.ownSlot(name) else { return true }
        guard object.properties.flags(at: slot).contains(.configurable) else { return false }
        // Removing shifts the later properties and rebuilds the key index.
        try charge(object.properties.count)
        object.properties.remove(name)
        return true
    }

    /// `key in object`.
    func has(_ object: JSObject, _ key: JSString) -> Bool {
        var current: JSObject? = object
        var depth = 0
        while let candidate = current, depth < 10_000 {
            if candidate.hasOwnProperty(key) { return true }
            current = candidate.prototype
            depth += 1
        }
        return false
    }
}

extension Realm {
    /// Object spread (define) and `Object.assign` (assign): copies own enumerable properties.
    func copyDataProperties(from source: Value, to target: JSObject, assign: Bool = false) throws {
        switch source {
        case .object(let object):
            try chargeOwnKeys(object)
            try chargeNewProperties(ownKeyCount(object))
            for key in object.ownKeys() {
                let value = try get(object: object, key, receiver: source)
                if assign {
                    try set(object: target, key, value)
                } else {
                    target.defineOwn(key, value)
                }
            }
        case .string(let string):
            try chargeNewStrings(string.count, length: 1)
            try chargeNewProperties(string.count)
            for index in 0..<string.count {
                target.defineOwn(Names.indexKey(index), .string(string.slice(index, index + 1)))
            }
        default:
            break
        }
    }
}
