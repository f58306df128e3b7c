/// `Object`, its static methods and `Object.prototype`.
enum ObjectBuiltins {
    static let constructor = BuiltinSpec(
        "Object", 1,
        construct: { realm, arguments, newTarget in
            if let objectConstructor = realm.intrinsicObjectConstructor, newTarget !== objectConstructor {
                return .object(realm.newObject(prototype: try realm.prototype(for: newTarget, fallback: realm.objectPrototype)))
            }
            if arguments[0].isNullish { return .object(realm.newObject()) }
            return .object(try realm.toObject(arguments[0]))
        }
    ) { realm, _, arguments in
        if arguments[0].isNullish { return .object(realm.newObject()) }
        return .object(try realm.toObject(arguments[0]))
    }

    static let statics = BuiltinGroup([
        BuiltinSpec("assign", 2) { realm, _, arguments in
            let target = try realm.toObject(arguments[0])
            for source in arguments.values.dropFirst() {
                try realm.copyDataProperties(from: source, to: target, assign: true)
            }
            return .object(target)
        },
        BuiltinSpec("create", 2) { realm, _, arguments in
            let prototype: JSObject?
            switch arguments[0] {
            case .object(let object): prototype = object
            case .null: prototype = nil
            default: throw realm.typeError("Object prototype may only be an Object or null: \(try realm.toString(arguments[0]).string)")
            }
            let object = realm.newObject(prototype: prototype)
            if !arguments[1].isUndefined { try ObjectBuiltins.defineProperties(realm, object, arguments[1]) }
            return .object(object)
        },
        BuiltinSpec("defineProperties", 2) { realm, _, arguments in
            guard case .object(let object) = arguments[0] else {
                throw realm.typeError("Object.defineProperties called on non-object")
            }
            try ObjectBuiltins.defineProperties(realm, object, arguments[1])
            return arguments[0]
        },
        BuiltinSpec("defineProperty", 3) { realm, _, arguments in
            guard case .object(let object) = arguments[0] else {
                throw realm.typeError("Object.defineProperty called on non-object")
            }
            let key = try realm.toPropertyKey(arguments[1])
            try realm.definePropertyOrThrow(object, key, try realm.toPropertyDescriptor(arguments[2]))
            return arguments[0]
        },
        BuiltinSpec("entries", 1) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            try realm.chargeOwnKeys(object)
            try realm.chargeNewValues(realm.ownKeyCount(object))
            try realm.chargeNewObjects(realm.ownKeyCount(object), values: 2)
            let entries = try ObjectBuiltins.enumerableOwn(realm, object).map { key, value -> Value in
                .object(realm.newArray([.string(key), value]))
            }
            return .object(realm.newArray(entries))
        },
        BuiltinSpec("freeze", 1) { realm, _, arguments in
            guard case .object(let object) = arguments[0] else { return arguments[0] }
            try realm.chargeOwnKeys(object)
            try ObjectBuiltins.setIntegrity(realm, object, frozen: true)
            return arguments[0]
        },
        BuiltinSpec("fromEntries", 1) { realm, _, arguments in
            if arguments[0].isNullish { throw realm.typeError("\(try realm.toString(arguments[0]).string) is not iterable") }
            let object = realm.newObject()
            let entries = try realm.iterate(arguments[0])
            try realm.chargeNewProperties(entries.count)
            for entry in entries {
                guard case .object = entry else {
                    throw realm.typeError("Iterator value \(try realm.describeForError(entry)) is not an entry object")
                }
                let key = try realm.toPropertyKey(try realm.get(entry, key: .number(0)))
                try realm.createDataPropertyOrThrow(object, key, try realm.get(entry, key: .number(1)))
            }
            return .object(object)
        },
        BuiltinSpec("getOwnPropertyDescriptor", 2) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            let key = try realm.toPropertyKey(arguments[1])
            guard let property = realm.ownProperty(object, key) else { return .undefined }
            return .object(realm.fromPropertyDescriptor(property))
        },
        BuiltinSpec("getOwnPropertyDescriptors", 1) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            try realm.chargeOwnKeys(object)
            try realm.chargeNewObjects(realm.ownKeyCount(object), values: 4)
            let result = realm.newObject()
            for key in object.ownKeys(includeHidden: true) {
                guard let property = realm.ownProperty(object, key) else { continue }
                try realm.createDataPropertyOrThrow(result, key, .object(realm.fromPropertyDescriptor(property)))
            }
            return .object(result)
        },
        BuiltinSpec("getOwnPropertyNames", 1) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            try realm.chargeOwnKeys(object)
            try realm.chargeNewValues(realm.ownKeyCount(object))
            return .object(realm.newArray(object.ownKeys(includeHidden: true).map { .string($0) }))
        },
        BuiltinSpec("getOwnPropertySymbols", 1) { realm, _, arguments in
            // There are no symbols: every key is a string.
            _ = try realm.toObject(arguments[0])
            return .object(realm.newArray())
        },
        BuiltinSpec("getPrototypeOf", 1) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            return object.prototype.map { .object($0) } ?? .null
        },
        BuiltinSpec("groupBy", 2) { realm, _, arguments in
            if arguments[0].isNullish { throw realm.typeError("\(try realm.toString(arguments[0]).string) is not iterable") }
            let callback = try realm.callable(arguments[1])
            let result = realm.newObject(prototype: nil)
            for (index, item) in try realm.iterate(arguments[0]).enumerated() {
                let key = try realm.toPropertyKey(
                    try realm.call(.object(callback), this: .undefined, arguments: [item, .number(Double(index))]))
                if case .object(let group) = try realm.get(object: result, key, receiver: .object(result)) {
                    try realm.set(object: group, Names.length, .number(Double(group.arrayLength)))
                    try realm.createDataIndexOrThrow(group, group.arrayLength, item)
                } else {
                    try realm.createDataPropertyOrThrow(result, key, .object(realm.newArray([item])))
                }
            }
            return .object(result)
        },
        BuiltinSpec("hasOwn", 2) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            return .bool(object.hasOwnProperty(try realm.toPropertyKey(arguments[1])))
        },
        BuiltinSpec("is", 2) { realm, _, arguments in
            try realm.chargeEquality(arguments[0], arguments[1])
            return .bool(Value.sameValue(arguments[0], arguments[1]))
        },
        BuiltinSpec("isExtensible", 1) { _, _, arguments in .bool(arguments[0].asObject?.extensible ?? false) },
        BuiltinSpec("isFrozen", 1) { realm, _, arguments in
            guard case .object(let object) = arguments[0] else { return .true }
            try realm.chargeOwnKeys(object)
            return .bool(ObjectBuiltins.testIntegrity(realm, object, frozen: true))
        },
        BuiltinSpec("isSealed", 1) { realm, _, arguments in
            guard case .object(let object) = arguments[0] else { return .true }
            try realm.chargeOwnKeys(object)
            return .bool(ObjectBuiltins.testIntegrity(realm, object, frozen: false))
        },
        BuiltinSpec("keys", 1) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            try realm.chargeOwnKeys(object)
            try realm.chargeNewValues(realm.ownKeyCount(object))
            return .object(realm.newArray(ObjectBuiltins.enumerableOwnKeys(realm, object).map { .string($0) }))
        },
        BuiltinSpec("preventExtensions", 1) { _, _, arguments in
            arguments[0].asObject?.extensible = false
            return arguments[0]
        },
        BuiltinSpec("seal", 1) { realm, _, arguments in
            guard case .object(let object) = arguments[0] else { return arguments[0] }
            try realm.chargeOwnKeys(object)
            try ObjectBuiltins.setIntegrity(realm, object, frozen: false)
            return arguments[0]
        },
        BuiltinSpec("setPrototypeOf", 2) { realm, _, arguments in
            if arguments[0].isNullish { throw realm.typeError("Object.setPrototypeOf called on null or undefined") }
            let prototype: JSObject?
            switch arguments[1] {
            case .null: prototype = nil
            case .object(let object): prototype = object
            default: throw realm.typeError("Object prototype may only be an Object or null: \(try realm.toString(arguments[1]).string)")
            }
            guard case .object(let object) = arguments[0] else { return arguments[0] }
            try realm.chargePrototypeChain(prototype)
            if !realm.setPrototype(object, prototype) {
                throw realm.typeError(object.extensible ? "Cyclic __proto__ value" : "#<Object> is not extensible")
            }
            return arguments[0]
        },
        BuiltinSpec("values", 1) { realm, _, arguments in
            let object = try realm.toObject(arguments[0])
            try realm.chargeOwnKeys(object)
            try realm.chargeNewValues(realm.ownKeyCount(object))
            return .object(realm.newArray(try ObjectBuiltins.enumerableOwn(realm, object).map(\.value)))
        },
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
            return .bool(realm.ownProperty(try realm.toObject(this), key)?.flags.contains(.enumerable) ?? false)
        },
        BuiltinSpec("toString", 0) { realm, this, _ in .string(JSString(ObjectBuiltins.classString(realm, this))) },
        BuiltinSpec("toLocaleString", 0) { realm, this, _ in
            try realm.call(try realm.get(this, Names.toString), this: this, arguments: [])
        },
        BuiltinSpec("valueOf", 0) { realm, this, _ in .object(try realm.toObject(this)) },
        BuiltinSpec("__defineGetter__", 2) { realm, this, arguments in
            try ObjectBuiltins.defineLegacyAccessor(realm, this, arguments, getter: true)
        },
        BuiltinSpec("__defineSetter__", 2) { realm, this, arguments in
            try ObjectBuiltins.defineLegacyAccessor(realm, this, arguments, getter: false)
        },
        BuiltinSpec("__lookupGetter__", 1) { realm, this, arguments in
            try ObjectBuiltins.lookupLegacyAccessor(realm, this, arguments[0], getter: true)
        },
        BuiltinSpec("__lookupSetter__", 1) { realm, this, arguments in
            try ObjectBuiltins.lookupLegacyAccessor(realm, this, arguments[0], getter: false)
        },
    ])

    /// `Object.prototype.__proto__`'s getter and setter.
    static let protoGetter = BuiltinSpec("get __proto__", 0) { realm, this, _ in
        let object = try realm.toObject(this)
        return object.prototype.map { .object($0) } ?? .null
    }

    static let protoSetter = BuiltinSpec("set __proto__", 1) { realm, this, arguments in
        if this.isNullish { throw realm.typeError("Object.prototype.__proto__ called on null or undefined") }
        let prototype: JSObject?
        switch arguments[0] {
        case .object(let object): prototype = object
        case .null: prototype = nil
        default: return .undefined
        }
        guard case .object(let object) = this else { return .undefined }
        try realm.chargePrototypeChain(prototype)
        if !realm.setPrototype(object, prototype) {
            throw realm.typeError(object.extensible ? "Cyclic __proto__ value" : "#<Object> is not extensible")
        }
        return .undefined
    }

    /// `Object.prototype.toString`: `[object Array]`, `[object Null]`, ...
    static func classString(_ realm: Realm, _ value: Value) -> String {
        switch value {
        case .undefined: return "[object Undefined]"
        case .null: return "[object Null]"
        case .bool: return "[object Boolean]"
        case .number: return "[object Number]"
        case .string: return "[object String]"
        case .object(let object):
            if object === realm.mathObject { return "[object Math]" }
            if object === realm.jsonObject { return "[object JSON]" }
            return "[object \(object.className)]"
        }
    }

    /// `Object.defineProperties`: every descriptor is read before any is applied.
    static func defineProperties(_ realm: Realm, _ object: JSObject, _ properties: Value) throws {
        let source = try realm.toObject(properties)
        try realm.chargeOwnKeys(source)
        try realm.chargeNewProperties(realm.ownKeyCount(source))
        var descriptors: [(JSString, PropertyDescriptor)] = []
        for key in source.ownKeys(includeHidden: true) {
            guard let property = realm.ownProperty(source, key), property.flags.contains(.enumerable) else { continue }
            let descriptor = try realm.get(object: source, key, receiver: .object(source))
            descriptors.append((key, try realm.toPropertyDescriptor(descriptor)))
        }
        for (key, descriptor) in descriptors { try realm.definePropertyOrThrow(object, key, descriptor) }
    }

    /// The own enumerable string keys (`Object.keys`).
    static func enumerableOwnKeys(_ realm: Realm, _ object: JSObject) -> [JSString] {
        object.ownKeys(includeHidden: true).filter { realm.ownProperty(object, $0)?.flags.contains(.enumerable) ?? false }
    }

    /// Keys and values of own enumerable properties, each checked again just before it is read
    /// (a getter may delete or hide a later one), as `Object.values`/`entries` do.
    static func enumerableOwn(_ realm: Realm, _ object: JSObject) throws -> [(key: JSString, value: Value)] {
        var result: [(key: JSString, value: Value)] = []
        for key in object.ownKeys(includeHidden: true) {
            guard let property = realm.ownProperty(object, key), property.flags.contains(.enumerable) else { continue }
            result.append((key, try realm.get(object: object, key, receiver: .object(object))))
        }
        return result
    }

    /// SetIntegrityLevel: `Object.freeze` (`frozen`) and `Object.seal`.
    static func setIntegrity(_ realm: Realm, _ object: JSObject, frozen: Bool) throws {
        object.extensible = false
        switch object.kind {
        case .array, .arguments:
            if !object.storage.isSparse {
                // Dense elements share one set of attributes: narrow them all at once.
                if case .arguments(let mapping?) = object.kind, frozen {
                    for index in 0..<object.elements.count where mapping.isMapped(index) {
                        if let value = mapping.value(index) { object.elements[index] = value }
                        mapping.unmap(index)
                    }
                }
                object.storage.elementFlags.remove(.configurable)
                if frozen { object.storage.elementFlags.remove(.writable) }
            }
            if frozen, case .array = object.kind { object.storage.lengthWritable = false }
        default:
            break
        }
        for key in object.ownKeys(includeHidden: true) {
            guard let property = realm.ownProperty(object, key) else { continue }
            var descriptor = PropertyDescriptor(configurable: false)
            if frozen, !property.flags.contains(.accessor) { descriptor.writable = false }
            try realm.definePropertyOrThrow(object, key, descriptor)
        }
    }

    /// TestIntegrityLevel: `Object.isFrozen` (`frozen`) and `Object.isSealed`.
    static func testIntegrity(_ realm: Realm, _ object: JSObject, frozen: Bool) -> Bool {
        if object.extensible { return false }
        for key in object.ownKeys(includeHidden: true) {
            guard let property = realm.ownProperty(object, key) else { continue }
            if property.flags.contains(.configurable) { return false }
            if frozen, !property.flags.contains(.accessor), property.flags.contains(.writable) { return false }
        }
        return true
    }

    /// `__defineGetter__` / `__defineSetter__`.
    static func defineLegacyAccessor(_ realm: Realm, _ this: Value, _ arguments: Arguments, getter: Bool) throws -> Value {
        let object = try realm.toObject(this)
        guard arguments[1].isCallable else {
            throw realm.typeError("Object.prototype.__define\(getter ? "G" : "S")etter__: Expecting function")
        }
        let key = try realm.toPropertyKey(arguments[0])
        var descriptor = PropertyDescriptor(enumerable: true, configurable: true)
        if getter { descriptor.getter = arguments[1] } else { descriptor.setter = arguments[1] }
        try realm.definePropertyOrThrow(object, key, descriptor)
        return .undefined
    }

    /// `__lookupGetter__` / `__lookupSetter__`: the accessor found along the prototype chain.
    static func lookupLegacyAccessor(_ realm: Realm, _ this: Value, _ keyValue: Value, getter: Bool) throws -> Value {
        var current: JSObject? = try realm.toObject(this)
        let key = try realm.toPropertyKey(keyValue)
        var depth = 0
        while let object = current, depth < 10_000 {
            if let property = realm.ownProperty(object, key) {
                guard property.flags.contains(.accessor) else { return .undefined }
                let pair = Realm.accessorFunctions(property.value)
                return getter ? pair.getter : pair.setter
            }
            current = object.prototype
            depth += 1
        }
        return .undefined
    }
}

extension Realm {
    /// ToPropertyDescriptor: reads the fields in the specification's order.
    func toPropertyDescriptor(_ value: Value) throws -> PropertyDescriptor {
        guard case .object(let object) = value else {
            throw typeError("Property description must be an object: \(try toString(value).string)")
        }
        func field(_ name: JSString) throws -> Value? {
            guard has(object, name) else { return nil }
            return try get(object: object, name, receiver: value)
        }
        var descriptor = PropertyDescriptor()
        if let enumerable = try field(Names.enumerable) { descriptor.enumerable = enumerable.isTruthy }
        if let configurable = try field(Names.configurable) { descriptor.configurable = configurable.isTruthy }
        if let value = try field(Names.value) { descriptor.value = value }
        if let writable = try field(Names.writable) { descriptor.writable = writable.isTruthy }
        if let getter = try field(Names.get) {
            guard getter.isUndefined || getter.isCallable else {
                throw typeError("Getter must be a function: \(try describeForError(getter))")
            }
            descriptor.getter = getter
        }
        if let setter = try field(Names.set) {
            guard setter.isUndefined || setter.isCallable else {
                throw typeError("Setter must be a function: \(try describeForError(setter))")
            }
            descriptor.setter = setter
        }
        if descriptor.isAccessor, descriptor.isData {
            throw typeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, \(try describeForError(value))")
        }
        return descriptor
    }

    /// FromPropertyDescriptor for an own property.
    func fromPropertyDescriptor(_ property: OwnProperty) -> JSObject {
        let result = newObject(capacity: 4)
        if property.flags.contains(.accessor) {
            let (getter, setter) = Realm.accessorFunctions(property.value)
            result.properties.append(Names.get, getter)
            result.properties.append(Names.set, setter)
        } else {
            result.properties.append(Names.value, property.value)
            result.properties.append(Names.writable, .bool(property.flags.contains(.writable)))
        }
        result.properties.append(Names.enumerable, .bool(property.flags.contains(.enumerable)))
        result.properties.append(Names.configurable, .bool(property.flags.contains(.configurable)))
        return result
    }

    /// `[[SetPrototypeOf]]`: false for a cycle or a non-extensible object.
    func setPrototype(_ object: JSObject, _ prototype: JSObject?) -> Bool {
        if object.prototype === prototype { return true }
        // Object.prototype is an immutable prototype exotic object.
        if !object.extensible || object === objectPrototype { return false }
        var cursor = prototype
        var depth = 0
        while let current = cursor, depth < 10_000 {
            if current === object { return false }
            cursor = current.prototype
            depth += 1
        }
        object.prototype = prototype
        return true
    }
}
