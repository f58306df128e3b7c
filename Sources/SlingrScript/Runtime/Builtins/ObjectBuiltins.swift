/// `Object`, its static methods and `Object.prototype`.
enum ObjectBuiltins {
    static let constructor = BuiltinSpec(
        "Object", 1,
        construct: { realm, arguments, _ in
            if arguments[0].isNullish { return .object(realm.newObject()) }
            return .object(try realm.toObject(arguments[0]))
        }
    ) { realm, _, arguments in
        if arguments[0].isNullish { return .object(realm.newObject()) }
        return .object(try realm.toObject(arguments[0]))
    }

    static let statics = BuiltinGroup([
        BuiltinSpec("keys", 1) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            try realm.chargeOwnKeys(object)
            try realm.chargeNewValues(realm.ownKeyCount(object))
            return .object(realm.newArray(object.ownKeys().map { .string($0) }))
        },
        BuiltinSpec("values", 1) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            try realm.chargeOwnKeys(object)
            try realm.chargeNewValues(realm.ownKeyCount(object))
            let values = try object.ownKeys().map { try realm.get(object: object, $0, receiver: .object(object)) }
            return .object(realm.newArray(values))
        },
        BuiltinSpec("entries", 1) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            try realm.chargeOwnKeys(object)
            try realm.chargeNewValues(realm.ownKeyCount(object))
            try realm.chargeNewObjects(realm.ownKeyCount(object), values: 2)
            let entries = try object.ownKeys().map { key -> Value in
                let value = try realm.get(object: object, key, receiver: .object(object))
                return .object(realm.newArray([.string(key), value]))
            }
            return .object(realm.newArray(entries))
        },
        BuiltinSpec("assign", 2) { realm, _, arguments in
            let target = try realm.toObject(arguments[0])
            for source in arguments.values.dropFirst() {
                try realm.copyDataProperties(from: source, to: target, assign: true)
            }
            return .object(target)
        },
        BuiltinSpec("fromEntries", 1) { realm, _, arguments in
            let object = realm.newObject()
            let entries = try realm.iterate(arguments[0])
            try realm.chargeNewProperties(entries.count)
            for entry in entries {
                let key = try realm.toPropertyKey(try realm.get(entry, key: .number(0)))
                object.defineOwn(key, try realm.get(entry, key: .number(1)))
            }
            return .object(object)
        },
        BuiltinSpec("freeze", 1) { realm, _, arguments in
            guard case .object(let object) = arguments[0] else { return arguments[0] }
            try realm.charge(realm.ownKeyCount(object))
            object.materializeAll()
            for index in 0..<object.properties.count {
                var entry = object.properties[index]
                entry.flags.remove(.configurable)
                if !entry.flags.contains(.accessor) { entry.flags.remove(.writable) }
                object.properties[index] = entry
            }
            object.extensible = false
            if case .array = object.kind { object.frozenElements = true }
            return arguments[0]
        },
        BuiltinSpec("isFrozen", 1) { realm, _, arguments in
            guard case .object(let object) = arguments[0] else { return .true }
            try realm.charge(object.properties.count)
            if object.extensible { return .false }
            if case .array = object.kind, !object.elements.isEmpty, !object.frozenElements { return .false }
            for index in 0..<object.properties.count where object.properties.flags(at: index).contains(.writable) {
                return .false
            }
            return .true
        },
        BuiltinSpec("create", 2) { realm, _, arguments in
            let prototype: JSObject?
            switch arguments[0] {
            case .object(let object): prototype = object
            case .null: prototype = nil
            default: throw realm.typeError("Object prototype may only be an Object or null: \(try realm.toString(arguments[0]).string)")
            }
            let object = realm.newObject(prototype: prototype)
            if case .object(let properties) = arguments[1] {
                try ObjectBuiltins.defineProperties(realm, object, properties)
            }
            return .object(object)
        },
        BuiltinSpec("getPrototypeOf", 1) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            return object.prototype.map { .object($0) } ?? .null
        },
        BuiltinSpec("setPrototypeOf", 2) { realm, _, arguments in
            guard case .object(let object) = arguments[0] else { return arguments[0] }
            switch arguments[1] {
            case .null: object.prototype = nil
            case .object(let prototype):
                var cursor: JSObject? = prototype
                while let current = cursor {
                    if current === object { throw realm.typeError("Cyclic __proto__ value") }
                    try realm.step()
                    cursor = current.prototype
                }
                object.prototype = prototype
            default: throw realm.typeError("Object prototype may only be an Object or null")
            }
            return arguments[0]
        },
        BuiltinSpec("defineProperty", 3) { realm, _, arguments in
            guard case .object(let object) = arguments[0] else {
                throw realm.typeError("Object.defineProperty called on non-object")
            }
            guard case .object(let descriptor) = arguments[2] else {
                throw realm.typeError("Property description must be an object: \(try realm.toString(arguments[2]).string)")
            }
            try ObjectBuiltins.define(realm, object, try realm.toPropertyKey(arguments[1]), descriptor)
            return arguments[0]
        },
        BuiltinSpec("defineProperties", 2) { realm, _, arguments in
            guard case .object(let object) = arguments[0], case .object(let properties) = arguments[1] else {
                throw realm.typeError("Object.defineProperties called on non-object")
            }
            try ObjectBuiltins.defineProperties(realm, object, properties)
            return arguments[0]
        },
        BuiltinSpec("getOwnPropertyNames", 1) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            try realm.chargeOwnKeys(object)
            try realm.chargeNewValues(realm.ownKeyCount(object))
            return .object(realm.newArray(object.ownKeys(includeHidden: true).map { .string($0) }))
        },
        BuiltinSpec("getOwnPropertyDescriptor", 2) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            let key = try realm.toPropertyKey(arguments[1])
            return try ObjectBuiltins.descriptor(realm, object, key)
        },
        BuiltinSpec("hasOwn", 2) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            return .bool(object.hasOwnProperty(try realm.toPropertyKey(arguments[1])))
        },
        BuiltinSpec("is", 2) { realm, _, arguments in
            try realm.chargeEquality(arguments[0], arguments[1])
            return .bool(Value.sameValue(arguments[0], arguments[1]))
        },
        BuiltinSpec("preventExtensions", 1) { _, _, arguments in
            arguments[0].asObject?.extensible = false
            return arguments[0]
        },
        BuiltinSpec("isExtensible", 1) { _, _, arguments in .bool(arguments[0].asObject?.extensible ?? false) },
    ])

    static let prototype = BuiltinGroup([
        BuiltinSpec("hasOwnProperty", 1) { realm, this, arguments in
            let key = try realm.toPropertyKey(arguments[0])
            return .bool(try realm.toObject(this).hasOwnProperty(key))
        },
        BuiltinSpec("isPrototypeOf", 1) { realm, this, arguments in
            guard case .object(var object) = arguments[0] else { return .false }
            let prototype = try realm.toObject(this)
            while let next = object.prototype {
                try realm.step()
                if next === prototype { return .true }
                object = next
            }
            return .false
        },
        BuiltinSpec("propertyIsEnumerable", 1) { realm, this, arguments in
            let key = try realm.toPropertyKey(arguments[0])
            return .bool(realm.isEnumerable(try realm.toObject(this), key))
        },
        BuiltinSpec("toString", 0) { realm, this, _ in .string(JSString(ObjectBuiltins.classString(realm, this))) },
        BuiltinSpec("toLocaleString", 0) { realm, this, _ in
            .string(try realm.toString(try realm.call(try realm.get(this, Names.toString), this: this, arguments: [])))
        },
        BuiltinSpec("valueOf", 0) { realm, this, _ in .object(try realm.toObject(this)) },
    ])

    /// `Object.prototype.toString`: `[object Array]`, `[object Null]`, ...
    static func classString(_ realm: Realm, _ value: Value) -> String {
        switch value {
        case .undefined: return "[object Undefined]"
        case .null: return "[object Null]"
        case .bool: return "[object Boolean]"
        case .number: return "[object Number]"
        case .string: return "[object String]"
        case .object(let object): return "[object \(object.className)]"
        }
    }

    static func defineProperties(_ realm: Realm, _ object: JSObject, _ properties: JSObject) throws {
        try realm.chargeOwnKeys(properties)
        try realm.chargeNewProperties(realm.ownKeyCount(properties))
        for key in properties.ownKeys() {
            guard case .object(let descriptor) = try realm.get(object: properties, key, receiver: .object(properties)) else {
                throw realm.typeError("Property description must be an object")
            }
            try define(realm, object, key, descriptor)
        }
    }

    /// `Object.defineProperty` for data and accessor descriptors (attributes default to false).
    static func define(_ realm: Realm, _ object: JSObject, _ key: JSString, _ descriptor: JSObject) throws {
        func flag(_ name: JSString) throws -> Bool? {
            guard realm.has(descriptor, name) else { return nil }
            return try realm.get(object: descriptor, name, receiver: .object(descriptor)).isTruthy
        }
        let existingSlot = object.ownSlot(key)
        let existingFlags = existingSlot.map { object.properties.flags(at: $0) } ?? []
        var flags: PropertyFlags = []
        if try flag(Names.enumerable) ?? existingFlags.contains(.enumerable) { flags.insert(.enumerable) }
        if try flag(Names.configurable) ?? existingFlags.contains(.configurable) { flags.insert(.configurable) }
        let getter = realm.has(descriptor, Names.get) ? try realm.get(object: descriptor, Names.get, receiver: .object(descriptor)) : nil
        let setter = realm.has(descriptor, Names.set) ? try realm.get(object: descriptor, Names.set, receiver: .object(descriptor)) : nil
        if getter != nil || setter != nil {
            for candidate in [getter, setter] {
                if let candidate, !candidate.isUndefined, !candidate.isCallable {
                    throw realm.typeError("Getter must be a function: \(try realm.toString(candidate).string)")
                }
            }
            flags.insert(.accessor)
            let pair = realm.register(JSObject(prototype: nil, kind: .accessor(getter: getter?.asObject, setter: setter?.asObject)))
            if let slot = existingSlot {
                object.properties[slot] = PropertyMap.Entry(key: key, value: .object(pair), flags: flags)
            } else {
                object.properties.append(key, .object(pair), flags: flags)
            }
            return
        }
        if try flag(Names.writable) ?? existingFlags.contains(.writable) { flags.insert(.writable) }
        let value: Value
        if realm.has(descriptor, Names.value) {
            value = try realm.get(object: descriptor, Names.value, receiver: .object(descriptor))
        } else if let slot = existingSlot, !existingFlags.contains(.accessor) {
            value = object.properties.value(at: slot)
        } else {
            value = .undefined
        }
        if case .array = object.kind, let index = key.arrayIndex {
            try realm.setElement(object, Int(index), value)
            return
        }
        if let slot = existingSlot {
            object.properties[slot] = PropertyMap.Entry(key: key, value: value, flags: flags)
        } else {
            object.properties.append(key, value, flags: flags)
        }
    }

    static func descriptor(_ realm: Realm, _ object: JSObject, _ key: JSString) throws -> Value {
        let result = realm.newObject()
        switch object.kind {
        case .array, .arguments:
            if let index = key.arrayIndex, Int(index) < object.elements.count {
                result.defineOwn(Names.value, object.elements[Int(index)])
                result.defineOwn(Names.writable, .true)
                result.defineOwn(Names.enumerable, .true)
                result.defineOwn(Names.configurable, .true)
                return .object(result)
            }
            if key == Names.length, case .array = object.kind {
                result.defineOwn(Names.value, .number(Double(object.elements.count)))
                result.defineOwn(Names.writable, .true)
                result.defineOwn(Names.enumerable, .false)
                result.defineOwn(Names.configurable, .false)
                return .object(result)
            }
        default:
            break
        }
        guard let slot = object.ownSlot(key) else { return .undefined }
        let flags = object.properties.flags(at: slot)
        let value = object.properties.value(at: slot)
        if flags.contains(.accessor), case .object(let pair) = value, case .accessor(let getter, let setter) = pair.kind {
            result.defineOwn(Names.get, getter.map { .object($0) } ?? .undefined)
            result.defineOwn(Names.set, setter.map { .object($0) } ?? .undefined)
        } else {
            result.defineOwn(Names.value, value)
            result.defineOwn(Names.writable, .bool(flags.contains(.writable)))
        }
        result.defineOwn(Names.enumerable, .bool(flags.contains(.enumerable)))
        result.defineOwn(Names.configurable, .bool(flags.contains(.configurable)))
        return .object(result)
    }
}
