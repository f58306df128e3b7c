/// `Function` (which compiles its arguments into a function of the global scope) and
/// `Function.prototype`.
enum FunctionBuiltins {
    static let constructor = BuiltinSpec(
        "Function", 1,
        construct: { realm, arguments, newTarget in
            let function = try realm.createDynamicFunction(arguments.values)
            if case .object(let object) = function {
                object.prototype = try realm.prototype(for: newTarget, fallback: realm.functionPrototype)
            }
            return function
        }
    ) { realm, _, arguments in try realm.createDynamicFunction(arguments.values) }

    static let prototype = BuiltinGroup([
        BuiltinSpec("call", 1) { realm, this, arguments in
            try realm.call(this, this: arguments[0], arguments: Array(arguments.values.dropFirst()))
        },
        BuiltinSpec("apply", 2) { realm, this, arguments in
            let list: [Value]
            switch arguments[1] {
            case .undefined, .null: list = []
            case .object(let object):
                list = try realm.listFromArrayLike(object)
            default: throw realm.typeError("CreateListFromArrayLike called on non-object")
            }
            return try realm.call(this, this: arguments[0], arguments: list)
        },
        BuiltinSpec("bind", 1) { realm, this, arguments in
            let target = try realm.callable(this)
            try realm.chargeNewValues(arguments.count)
            let bound = BoundFunction(
                target: target, boundThis: arguments[0], boundArguments: Array(arguments.values.dropFirst()))
            let function = realm.register(JSObject(prototype: realm.functionPrototype, kind: .function(.bound(bound))))
            let targetName = try realm.get(object: target, Names.name, receiver: this)
            let name = JSString("bound ") + (targetName.isUndefined ? .empty : try realm.toString(targetName))
            let targetLength = try realm.toInteger(try realm.get(object: target, Names.length, receiver: this))
            let length = max(0, targetLength - Double(max(0, arguments.count - 1)))
            function.properties.append(Names.length, .number(length), flags: .configurable)
            function.properties.append(Names.name, .string(name), flags: .configurable)
            return .object(function)
        },
        BuiltinSpec("toString", 0) { realm, this, _ in
            let function = try realm.callable(this)
            let name = try realm.toString(try realm.get(object: function, Names.name, receiver: this))
            if case .function(.script) = function.kind {
                return .string(JSString("function \(name.string)() { [code] }"))
            }
            return .string(JSString("function \(name.string)() { [native code] }"))
        },
    ])
}
