/// Property access on any value: `[[Get]]`, `[[Set]]`, `[[Delete]]` and `[[HasProperty]]`,
/// with fast paths for the common cases (a data property found where the call site found it
/// last time, an element of a dense array) in front of the general algorithms.
extension Realm {
    // MARK: Get

    /// `base[key]` for a computed key.
    func get(_ base: Value, key: Value) throws -> Value {
        if case .number(let number) = key, let index = Int(exactly: number), index >= 0 {
            switch base {
            case .object(let object):
                switch object.kind {
                case .array:
                    if let value = object.denseElement(index) { return value }
                case .arguments(let mapping):
                    if let value = mapping?.value(index) { return value }
                    if !object.storage.isSparse, let value = object.denseElement(index) { return value }
                default:
                    break
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
            let found = unretained._withUnsafeGuaranteedRef { $0.properties.dataValue(&site) }
            if let found { return found }
        }
        return try get(base, site.key)
    }

    /// `[[Get]]`: the property along the prototype chain, getters called with `receiver`.
    func get(object: JSObject, _ key: JSString, receiver: Value) throws -> Value {
        var current = object
        var depth = 0
        while true {
            if let property = ownProperty(current, key) {
                if property.flags.contains(.accessor) { return try callGetter(property.value, receiver: receiver) }
                return property.value
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

    /// `[[Set]]` with a receiver: false when the assignment is refused (a read-only property, a
    /// getter without setter, a non-extensible receiver, a primitive receiver).
    func set(object: JSObject, _ key: JSString, _ value: Value, receiver: Value) throws -> Bool {
        var owner = object
        var property = ownProperty(object, key)
        var depth = 0
        while property == nil, let next = owner.prototype, depth < 10_000 {
            owner = next
            property = ownProperty(next, key)
            depth += 1
            if depth & 63 == 0 { try step() }
        }
        if let property {
            if property.flags.contains(.accessor) {
                let (_, setter) = Realm.accessorFunctions(property.value)
                guard case .object = setter else { return false }
                _ = try call(setter, this: receiver, arguments: [value])
                return true
            }
            if !property.flags.contains(.writable) { return false }
        }
        guard case .object(let target) = receiver else { return false }
        if target === object {
            // The receiver has the property itself, or (found inherited or not at all) gets one.
            if property != nil, owner === object { return try writeOwnData(target, key, value) }
            return try createDataProperty(target, key, value)
        }
        if let existing = ownProperty(target, key) {
            if existing.flags.contains(.accessor) || !existing.flags.contains(.writable) { return false }
            return try writeOwnData(target, key, value)
        }
        return try createDataProperty(target, key, value)
    }

    /// Changes the value of an existing writable own data property.
    private func writeOwnData(_ object: JSObject, _ key: JSString, _ value: Value) throws -> Bool {
        switch object.kind {
        case .array, .arguments, .primitive:
            return try defineOwnProperty(object, key, PropertyDescriptor(value: value))
        default:
            guard let slot = object.ownSlot(key) else { return try defineOwnProperty(object, key, PropertyDescriptor(value: value)) }
            object.properties.setValue(value, at: slot)
            return true
        }
    }

    /// `Set(O, P, V, true)` of the built-ins: a refused assignment is a TypeError.
    func set(object: JSObject, _ key: JSString, _ value: Value) throws {
        if try !set(object: object, key, value, receiver: .object(object)) {
            throw assignmentError(.object(object), key)
        }
    }

    /// `base[key] = value` from script code; a refused assignment throws in strict code.
    func put(_ base: Value, key: Value, _ value: Value, strict: Bool) throws {
        if case .number(let number) = key, case .object(let object) = base, case .array = object.kind,
           let index = Int(exactly: number), index >= 0
        {
            if index < object.elements.count, object.storage.elementFlags.contains(.writable),
               !ArrayHole.isHole(object.elements[index])
            {
                object.elements[index] = value
                return
            }
            if index == object.elements.count, canAppendQuickly(object) {
                try checkArray(length: index + 1)
                if index == object.elements.capacity { try reserveValues(max(4, index)) }
                object.elements.append(value)
                return
            }
        }
        if base.isNullish {
            throw typeError("Cannot set properties of \(base.isUndefined ? "undefined" : "null") (setting '\(try toPropertyKey(key).string)')")
        }
        try put(base, try toPropertyKey(key), value, strict: strict)
    }

    /// `base.key = value` from script code.
    func put(_ base: Value, _ key: JSString, _ value: Value, strict: Bool) throws {
        let succeeded: Bool
        switch base {
        case .object(let object):
            succeeded = try set(object: object, key, value, receiver: base)
        case .undefined, .null:
            throw typeError("Cannot set properties of \(base.isUndefined ? "undefined" : "null") (setting '\(key.string)')")
        default:
            // A primitive: setters on its prototype run; anything else is refused.
            succeeded = try set(object: try toObject(base), key, value, receiver: base)
        }
        if !succeeded, strict { throw assignmentError(base, key) }
    }

    /// `base.key = value` with a call-site slot hint.
    @inline(__always)
    func setNamed(_ base: Value, _ value: Value, _ site: inout PropertySite, strict: Bool) throws {
        if case .object(let object) = base, let slot = object.properties.find(&site),
           object.properties.flags(at: slot).contains(.writable)
        {
            object.properties.setValue(value, at: slot)
            return
        }
        try put(base, site.key, value, strict: strict)
    }

    /// Whether `array[array.length] = value` may simply append: nothing along the way (a
    /// read-only length, a non-extensible array, an index setter on a prototype) interferes.
    @inline(__always)
    func canAppendQuickly(_ array: JSObject) -> Bool {
        let storage = array.storage
        guard !storage.isSparse, storage.lengthWritable, storage.elementFlags == .data, array.extensible else { return false }
        var current = array.prototype
        var depth = 0
        while let prototype = current {
            if prototype.properties.hasIndexKeys || !prototype.elements.isEmpty { return false }
            if case .primitive(.string(let string)) = prototype.kind, !string.isEmpty { return false }
            current = prototype.prototype
            depth += 1
            if depth > 100 { return false }
        }
        return true
    }

    /// The TypeError for an assignment `[[Set]]` refused, worded as V8 words it.
    func assignmentError(_ base: Value, _ key: JSString) -> JSException {
        var current: JSObject? = base.asObject ?? (try? toObject(base))
        var depth = 0
        while let object = current, depth < 10_000 {
            if let property = ownProperty(object, key) {
                if property.flags.contains(.accessor) {
                    return typeError("Cannot set property \(key.string) of \(objectText(base)) which has only a getter")
                }
                if !property.flags.contains(.writable) {
                    return typeError("Cannot assign to read only property '\(key.string)' of \(describeObject(base))")
                }
                break
            }
            current = object.prototype
            depth += 1
        }
        if base.asObject == nil {
            return typeError("Cannot create property '\(key.string)' on \(base.typeName) '\((try? toString(base))?.string ?? "")'")
        }
        return typeError("Cannot add property \(key.string), object is not extensible")
    }

    /// `object '#<Object>'`, `function 'f'`, as V8 names the target of a failed assignment.
    private func describeObject(_ value: Value) -> String {
        switch value {
        case .object(let object):
            if object.isCallable { return "function '\(display(value))'" }
            return "object '\(objectText(value))'"
        case .string(let string): return "string '\(string.string)'"
        default: return "\(value.typeName) '\((try? toString(value))?.string ?? "")'"
        }
    }

    /// `#<Object>`, `[object Array]`: how V8 names an object in property error messages.
    func objectText(_ value: Value) -> String {
        guard case .object(let object) = value else { return (try? toString(value))?.string ?? "" }
        if object.isArray { return "[object Array]" }
        if object.isCallable { return display(value) }
        return "#<\(object.className)>"
    }

    // MARK: Delete and has

    /// `[[Delete]]`: false when the property cannot be deleted (it is not configurable).
    func deleteProperty(_ object: JSObject, _ key: JSString) -> Bool {
        switch object.kind {
        case .array:
            if key == Names.length { return false }
            if !object.storage.isSparse, let index = key.arrayIndex { return deleteDenseElement(object, Int(index)) }
        case .arguments(let mapping):
            if let index = key.arrayIndex {
                if !object.storage.isSparse {
                    guard deleteDenseElement(object, Int(index)) else { return false }
                } else if let slot = object.ownSlot(key) {
                    guard object.properties.flags(at: slot).contains(.configurable) else { return false }
                    object.properties.remove(key)
                }
                mapping?.unmap(Int(index))
                return true
            }
        case .primitive(.string(let string)):
            if let index = key.arrayIndex, Int(index) < string.count { return false }
            if key == Names.length { return false }
        default:
            break
        }
        guard let slot = object.ownSlot(key) else { return true }
        guard object.properties.flags(at: slot).contains(.configurable) else { return false }
        object.properties.remove(key)
        return true
    }

    private func deleteDenseElement(_ object: JSObject, _ index: Int) -> Bool {
        guard object.hasDenseElement(index) else { return true }
        guard object.storage.elementFlags.contains(.configurable) else { return false }
        object.elements[index] = ArrayHole.value
        object.storage.mayHaveHoles = true
        return true
    }

    /// `delete base[key]` from script code; a refused deletion throws in strict code.
    func delete(_ base: Value, key: Value, strict: Bool) throws -> Bool {
        guard case .object(let object) = base else {
            if base.isNullish {
                throw typeError("Cannot convert undefined or null to object")
            }
            let name = try toPropertyKey(key)
            let deleted = deleteProperty(try toObject(base), name)
            if !deleted, strict { throw typeError("Cannot delete property '\(name.string)' of \(display(base))") }
            return deleted
        }
        let name = try toPropertyKey(key)
        // Removing a property shifts the later ones and rebuilds the key index.
        try charge(object.properties.count)
        let deleted = deleteProperty(object, name)
        if !deleted, strict { throw typeError("Cannot delete property '\(name.string)' of \(objectText(base))") }
        return deleted
    }

    /// `[[HasProperty]]`: `key in object`.
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
    /// Object spread (CopyDataProperties) and `Object.assign` (`assign`): copies own
    /// enumerable properties, reading each with `[[Get]]`.
    func copyDataProperties(from source: Value, to target: JSObject, assign: Bool = false, excluded: Set<JSString> = []) throws {
        let object: JSObject
        switch source {
        case .undefined, .null: return
        case .object(let sourceObject): object = sourceObject
        default: object = try toObject(source)
        }
        try chargeOwnKeys(object)
        try chargeNewProperties(ownKeyCount(object))
        // Each property is looked up, read and defined, as `target[key] = source[key]` would
        // be in script: two steps each.
        try step(ownKeyCount(object) &* 2)
        for key in object.ownKeys(includeHidden: true) where !excluded.contains(key) {
            guard let property = ownProperty(object, key), property.flags.contains(.enumerable) else { continue }
            let value = try get(object: object, key, receiver: .object(object))
            if assign {
                try set(object: target, key, value)
            } else {
                try createDataPropertyOrThrow(target, key, value)
            }
        }
    }
}
