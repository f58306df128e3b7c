/// `Error`, `TypeError`, `RangeError`, `ReferenceError`, `SyntaxError`, `URIError`,
/// `EvalError` and `Error.prototype.toString`.
enum ErrorBuiltins {
    static func constructorSpec(_ type: ErrorType) -> BuiltinSpec {
        BuiltinSpec(
            type.name, 1,
            construct: { realm, arguments, newTarget in
                try create(realm, type, arguments, prototype: try realm.prototype(for: newTarget, fallback: realm.errorPrototype(type)))
            }
        ) { realm, _, arguments in
            try create(realm, type, arguments, prototype: realm.errorPrototype(type))
        }
    }

    private static func create(_ realm: Realm, _ type: ErrorType, _ arguments: Arguments, prototype: JSObject) throws -> Value {
        let error = realm.register(JSObject(prototype: prototype, kind: .error))
        var message: JSString?
        if !arguments[0].isUndefined { message = try realm.toString(arguments[0]) }
        let name = try realm.toString(try realm.get(object: error, Names.name, receiver: .object(error)))
        try realm.chargeNewString(2 * (message?.count ?? 0) + 32)
        let stack: JSString
        if let message, !message.isEmpty { stack = name + JSString(": ") + message } else { stack = name }
        error.properties.append(Names.stack, .string(stack + JSString("\n    at <anonymous>")), flags: .hidden)
        if let message { error.properties.append(Names.message, .string(message), flags: .hidden) }
        if case .object(let options) = arguments[1], realm.has(options, Names.cause) {
            error.properties.append(Names.cause, try realm.get(object: options, Names.cause, receiver: arguments[1]), flags: .hidden)
        }
        return .object(error)
    }

    static let prototype = BuiltinGroup([
        BuiltinSpec("toString", 0) { realm, this, _ in
            guard case .object(let object) = this else {
                throw realm.typeError("Error.prototype.toString requires that 'this' be an Object")
            }
            let nameValue = try realm.get(object: object, Names.name, receiver: this)
            let messageValue = try realm.get(object: object, Names.message, receiver: this)
            let name = nameValue.isUndefined ? JSString("Error") : try realm.toString(nameValue)
            let message = messageValue.isUndefined ? JSString.empty : try realm.toString(messageValue)
            if name.isEmpty { return .string(message) }
            if message.isEmpty { return .string(name) }
            return .string(try realm.concat(name + JSString(": "), message))
        },
    ])
}
