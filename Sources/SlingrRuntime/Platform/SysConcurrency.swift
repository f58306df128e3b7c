import SlingrScript

/// `sys.utils.concurrency` and `sys.utils.script.wait`, for a runtime with one thread: a lock is
/// free unless the running code holds it.
///
/// - `lock(key, fn)` holds the lock while `fn` runs and answers what `fn` returns; `lock(key)`
///   takes it (true) until `unlock(key)`;
/// - `tryLock(key, timeout)` takes it and answers true, or answers false when it is held (there
///   is nobody else to wait for);
/// - `unlock(key)` releases it;
/// - `sys.utils.script.wait(ms)` returns at once (there is no clock: `Date.now()` stays put).
enum SysConcurrency {
    static func concurrency(_ context: ScriptContext, state: RuntimeState) -> Value {
        let namespace = context.makeNamespace(member: NotEmulated.members(context, path: "sys.utils.concurrency", state: state))
        context.define(namespace, "lock", context.makeFunction("lock", length: 2) { call in
            let key = try call.context.toString(call[0])
            guard call.context.isCallable(call[1]) else {
                state.heldLocks.insert(key)
                return .bool(true)
            }
            let wasHeld = state.heldLocks.contains(key)
            state.heldLocks.insert(key)
            defer { if !wasHeld { state.heldLocks.remove(key) } }
            return try call.context.call(call[1], [])
        })
        context.define(namespace, "tryLock", context.makeFunction("tryLock", length: 2) { call in
            let key = try call.context.toString(call[0])
            return .bool(state.heldLocks.insert(key).inserted)
        })
        context.define(namespace, "unlock", context.makeFunction("unlock", length: 1) { call in
            let key = try call.context.toString(call[0])
            return .bool(state.heldLocks.remove(key) != nil)
        })
        return namespace
    }

    static func script(_ context: ScriptContext, state: RuntimeState) -> Value {
        let namespace = context.makeNamespace(member: NotEmulated.members(context, path: "sys.utils.script", state: state))
        context.define(namespace, "wait", context.makeFunction("wait", length: 1) { _ in .undefined })
        return namespace
    }
}
