/// Wires the built-in objects of a new realm: constructors, prototypes and global functions.
///
/// Methods are attached as `BuiltinTable`s and created on first use. Not provided on purpose
/// (sandbox): timers, `fetch`, `require`, `process`, and browser globals such as `window` or
/// `document` (referencing them is a ReferenceError).
enum Intrinsics {
    static func install(in realm: Realm) {
        let global = realm.globalObject
        realm.attachBuiltins(ObjectBuiltins.prototype, to: realm.objectPrototype)
        realm.attachBuiltins(FunctionBuiltins.prototype, to: realm.functionPrototype)
        realm.functionPrototype.properties.append(Names.length, .number(0), flags: .configurable)
        realm.functionPrototype.properties.append(Names.name, .string(.empty), flags: .configurable)
        // `caller` and `arguments` of strict and built-in functions throw (they have no own ones).
        let thrower = Value.object(realm.throwTypeError)
        for name in ["caller", "arguments"] {
            realm.functionPrototype.properties.append(
                JSString(name), .object(realm.accessorPair(thrower, thrower)), flags: [.accessor, .configurable])
        }
        realm.attachBuiltins(ArrayBuiltins.prototype, to: realm.arrayPrototype)
        realm.attachBuiltins(StringBuiltins.prototype, to: realm.stringPrototype)
        realm.attachBuiltins(NumberBuiltins.prototype, to: realm.numberPrototype)
        realm.attachBuiltins(NumberBuiltins.booleanPrototype, to: realm.booleanPrototype)
        realm.attachBuiltins(RegExpBuiltins.prototype, to: realm.regexpPrototype)
        realm.attachBuiltins(DateBuiltins.prototype, to: realm.datePrototype)
        realm.attachBuiltins(ArrayIteratorBuiltins.prototype, to: realm.arrayIteratorPrototype)
        realm.attachBuiltins(GlobalFunctions.group, to: global)

        realm.intrinsicObjectConstructor = constructor(
            realm, ObjectBuiltins.constructor, prototype: realm.objectPrototype, statics: ObjectBuiltins.statics)
        let proto = realm.accessorPair(
            .object(realm.makeNativeFunction(ObjectBuiltins.protoGetter)), .object(realm.makeNativeFunction(ObjectBuiltins.protoSetter)))
        realm.objectPrototype.properties.append("__proto__", .object(proto), flags: [.accessor, .configurable])
        constructor(realm, FunctionBuiltins.constructor, prototype: realm.functionPrototype, statics: nil)
        constructor(realm, ArrayBuiltins.constructor, prototype: realm.arrayPrototype, statics: ArrayBuiltins.statics)
        constructor(realm, StringBuiltins.constructor, prototype: realm.stringPrototype, statics: StringBuiltins.statics)
        let number = constructor(
            realm, NumberBuiltins.constructor, prototype: realm.numberPrototype, statics: NumberBuiltins.statics)
        for (name, value) in NumberBuiltins.constants { number.properties.append(name, .number(value), flags: []) }
        // Number.parseFloat and Number.parseInt are the global functions themselves.
        for name in ["parseFloat", "parseInt"] {
            let key = JSString(name)
            if let slot = global.ownSlot(key) { number.properties.append(key, global.properties.value(at: slot), flags: .hidden) }
        }
        constructor(realm, NumberBuiltins.booleanConstructor, prototype: realm.booleanPrototype, statics: nil)
        realm.intrinsicRegExpConstructor = constructor(
            realm, RegExpBuiltins.constructor, prototype: realm.regexpPrototype, statics: RegExpBuiltins.statics)
        defineGetters(realm, RegExpBuiltins.accessors, on: realm.regexpPrototype)
        constructor(realm, DateBuiltins.constructor, prototype: realm.datePrototype, statics: DateBuiltins.statics)

        var errorPrototypes: [JSObject] = []
        var baseError: JSObject?
        for type in ErrorType.allCases {
            let prototype = realm.newObject(prototype: type == .error ? realm.objectPrototype : errorPrototypes[0])
            prototype.properties.append(Names.name, .string(type.name), flags: .hidden)
            prototype.properties.append(Names.message, .string(.empty), flags: .hidden)
            if type == .error { realm.attachBuiltins(ErrorBuiltins.prototype, to: prototype) }
            let spec = ErrorBuiltins.constructorSpec(type)
            let function = constructor(realm, spec, prototype: prototype, statics: type == .error ? ErrorBuiltins.statics : nil)
            if type == .error { baseError = function } else if let baseError { function.prototype = baseError }
            errorPrototypes.append(prototype)
        }
        realm.setErrorPrototypes(errorPrototypes)

        let math = realm.newNamespace(MathBuiltins.group)
        for (name, value) in MathBuiltins.constants { math.properties.append(name, .number(value), flags: []) }
        global.properties.append(Names.math, .object(math), flags: .hidden)
        let json = realm.newNamespace(JSONBuiltins.group)
        global.properties.append(Names.json, .object(json), flags: .hidden)
        realm.mathObject = math
        realm.jsonObject = json
        global.properties.append(Names.nanName, .number(.nan), flags: [])
        global.properties.append(Names.infinityName, .number(.infinity), flags: [])
        global.properties.append(Names.undefined, .undefined, flags: [])
        global.properties.append(Names.globalThis, .object(global), flags: .hidden)
    }

    /// Defines accessor properties whose getters are `specs` (named `get <property>`).
    static func defineGetters(_ realm: Realm, _ specs: [BuiltinSpec], on object: JSObject) {
        for spec in specs {
            let name = JSString(units: Array(spec.name.units.dropFirst(4)))
            let pair = realm.accessorPair(.object(realm.makeNativeFunction(spec)), nil)
            object.properties.append(name, .object(pair), flags: [.accessor, .configurable])
        }
    }

    /// Creates a global constructor linked with its prototype.
    @discardableResult
    static func constructor(_ realm: Realm, _ spec: BuiltinSpec, prototype: JSObject, statics: BuiltinGroup?) -> JSObject {
        let function = realm.makeNativeFunction(spec)
        function.properties.append(Names.prototype, .object(prototype), flags: [])
        prototype.properties.append(Names.constructor, .object(function), flags: .hidden)
        if let statics { realm.attachBuiltins(statics, to: function) }
        realm.globalObject.properties.append(spec.name, .object(function), flags: .hidden)
        return function
    }
}
