/// A built-in function's behaviour: `this`, the arguments, the realm it runs in.
typealias NativeImplementation = @Sendable (Realm, Value, Arguments) throws -> Value

/// A built-in constructor's behaviour under `new` (the arguments and `new.target`).
typealias NativeConstructor = @Sendable (Realm, Arguments, JSObject) throws -> Value

/// Describes one built-in function. Specs are static and shared by every realm; the function
/// objects are created per realm, lazily (`BuiltinTable`). A class, so that a function object's
/// kind is one reference to copy when it is called.
final class BuiltinSpec: Sendable {
    let name: JSString
    let length: Int
    let call: NativeImplementation
    let construct: NativeConstructor?
    let flags: PropertyFlags

    init(
        _ name: JSString, _ length: Int, flags: PropertyFlags = .hidden,
        construct: NativeConstructor? = nil, _ call: @escaping NativeImplementation
    ) {
        self.name = name
        self.length = length
        self.call = call
        self.construct = construct
        self.flags = flags
    }
}
