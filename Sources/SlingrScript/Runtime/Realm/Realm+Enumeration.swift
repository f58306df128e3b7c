import SlingrDiagnostics

extension Realm {
    /// The keys `for-in` visits: own and inherited enumerable string keys, each once.
    func enumerableKeys(_ value: Value) throws -> [JSString] {
        guard case .object(let object) = value else { return [] }
        var keys: [JSString] = []
        var seen = Set<JSString>()
        var current: JSObject? = object
        var depth = 0
        while let candidate = current, depth < 10_000 {
            try chargeOwnKeys(candidate)
            for key in candidate.ownKeys(includeHidden: true) {
                if key.count >= 64 { try charge(key.count) }
                guard seen.insert(key).inserted else { continue }
                if isEnumerable(candidate, key) { keys.append(key) }
            }
            current = candidate.prototype
            depth += 1
        }
        return keys
    }

    func isEnumerable(_ object: JSObject, _ key: JSString) -> Bool {
        ownProperty(object, key)?.flags.contains(.enumerable) ?? false
    }
}
