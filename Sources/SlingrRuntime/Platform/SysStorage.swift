import SlingrScript

/// `sys.storage.get(key)`, `put(key, value)`, `replace(key, value)`, `remove(key)`: the app
/// storage as JSON documents by key (see `RuntimeStorage`). Options such as `{encrypt: true}`
/// are accepted and ignored (nothing leaves the machine). `get` answers a copy, or null when
/// the key is not stored; stored values are copied as JSON data (functions dropped).
enum SysStorage {
    static func make(_ context: ScriptContext, state: RuntimeState) -> Value {
        let storage = context.makeNamespace(member: NotEmulated.members(context, path: "sys.storage", state: state))
        context.define(storage, "get", context.makeFunction("get", length: 1) { call in
            let key = try call.context.toString(call[0])
            guard let value = state.journal.storage[key] else { return .null }
            return call.context.value(value)
        })
        for name in ["put", "replace"] {
            context.define(storage, name, context.makeFunction(name, length: 2) { call in
                let key = try call.context.toString(call[0])
                state.journal.storage.put(key, call.context.hostValue(call[1]))
                return call[1]
            })
        }
        context.define(storage, "remove", context.makeFunction("remove", length: 1) { call in
            let key = try call.context.toString(call[0])
            return .bool(state.journal.storage.remove(key))
        })
        return storage
    }
}
