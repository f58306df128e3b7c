import SlingrScript

/// `sys.context.getCurrentUserRecord()` (a record whose `id()` and `label()` answer the simulated
/// user) and `sys.app.getUrl()` (the simulated app's URL, as `preview --build` uses).
enum SysContext {
    static func context(_ context: ScriptContext, state: RuntimeState) -> Value {
        let namespace = context.makeNamespace(member: NotEmulated.members(context, path: "sys.context", state: state))
        context.define(namespace, "getCurrentUserRecord", context.makeFunction("getCurrentUserRecord") { call in
            let record = call.context.makeNamespace(member: NotEmulated.members(call.context, path: "sys.context.getCurrentUserRecord()", state: state))
            call.context.define(record, "id", call.context.makeFunction("id") { inner in inner.context.string(state.userId) })
            call.context.define(record, "label", call.context.makeFunction("label") { inner in inner.context.string("Local User") })
            return record
        })
        return namespace
    }

    static func app(_ context: ScriptContext, state: RuntimeState) -> Value {
        let namespace = context.makeNamespace(member: NotEmulated.members(context, path: "sys.app", state: state))
        context.define(namespace, "getUrl", context.makeFunction("getUrl") { call in call.context.string(state.appURL) })
        return namespace
    }
}
