/// A built-in function's behaviour: `this`, the arguments, the realm it runs in.
typealias NativeImplementation = @Sendable (Realm, Value, Arguments) throws -> Value
/// A built-in constructor's behaviour under `new` (the arguments and `new.target`).
typealias NativeConstructor = @Sendable (Realm, Arguments, JSObject) throws -> Value

/// The arguments of a call; reading past the end gives `undefined` as in JavaScript.
struct Arguments {
    let values: [Value]

    init(_ values: [Value]) { self.values = values }

    var count: Int { values.count }

    subscript(_ index: Int) -> Value { index < values.count ? values[index] : .undefined }

    /// Nil when the argument was not passed or is `undefined` (optional parameters).
    func optional(_ index: Int) -> Value? {
        guard index < values.count else { return nil }
        if case .undefined = values[index] { return nil }
        return values[index]
    }
}

/// Describes one built-in function. Specs are static and shared by every realm; the function
/// objects are created per realm, lazily (`BuiltinTable`).
struct BuiltinSpec: Sendable {
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

/// An ordered, keyed set of built-in specs (the methods of one prototype or namespace).
struct BuiltinGroup: Sendable {
    let specs: [JSString: BuiltinSpec]
    let order: [JSString]

    init(_ list: [BuiltinSpec]) {
        var specs: [JSString: BuiltinSpec] = [:]
        for spec in list { specs[spec.name] = spec }
        self.specs = specs
        self.order = list.map(\.name)
    }
}

/// The built-in methods of one object that have not been turned into function objects yet.
///
/// A realm has about two hundred built-in functions and a typical expression touches two or
/// three, so creating them on first access keeps interpreter start-up cheap.
final class BuiltinTable {
    let group: BuiltinGroup
    @exclusivity(unchecked) private var created: Set<JSString> = []
    weak var realm: Realm?

    init(_ group: BuiltinGroup, realm: Realm) {
        self.group = group
        self.realm = realm
    }

    var specs: [JSString: BuiltinSpec] { group.specs }
    var order: [JSString] { group.order }

    func isMaterialized(_ key: JSString) -> Bool { created.contains(key) }

    func markMaterialized(_ key: JSString) { created.insert(key) }

    func makeFunction(_ spec: BuiltinSpec) -> JSObject {
        guard let realm else { return JSObject(prototype: nil) }
        return realm.makeNativeFunction(spec)
    }
}
