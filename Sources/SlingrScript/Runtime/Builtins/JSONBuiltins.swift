/// The `JSON` namespace.
enum JSONBuiltins {
    static let group = BuiltinGroup([
        BuiltinSpec("stringify", 3) { realm, _, arguments in
            var serializer = try JSONSerializer(realm: realm, replacer: arguments[1], space: arguments[2])
            guard let text = try serializer.serialize(arguments[0]) else { return .undefined }
            return .string(text)
        },
        BuiltinSpec("parse", 2) { realm, _, arguments in
            var reader = JSONReader(realm: realm, text: try realm.toString(arguments[0]))
            let value = try reader.parse()
            guard arguments[1].isCallable else { return value }
            let root = realm.newObject()
            root.defineOwn(.empty, value)
            return try JSONBuiltins.internalize(realm, holder: root, key: .empty, reviver: arguments[1], depth: 0)
        },
    ])

    /// The reviver walk of `JSON.parse`.
    private static func internalize(_ realm: Realm, holder: JSObject, key: JSString, reviver: Value, depth: Int) throws -> Value {
        try realm.checkStack()
        if depth > 5_000 { throw realm.rangeError("Maximum call stack size exceeded") }
        let value = try realm.get(object: holder, key, receiver: .object(holder))
        if case .object(let object) = value {
            let keys = object.isArray
                ? (0..<(try realm.lengthOf(object))).map { Names.indexKey($0) } : ObjectBuiltins.enumerableOwnKeys(realm, object)
            for childKey in keys {
                let revived = try internalize(realm, holder: object, key: childKey, reviver: reviver, depth: depth + 1)
                if revived.isUndefined {
                    _ = realm.deleteProperty(object, childKey)
                } else {
                    _ = try realm.createDataProperty(object, childKey, revived)
                }
            }
        }
        return try realm.call(reviver, this: .object(holder), arguments: [.string(key), value])
    }
}
