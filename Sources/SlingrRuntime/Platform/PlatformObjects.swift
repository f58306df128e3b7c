import SlingrScript

/// Builds `sys`: `logs`, `storage`, `events`, `context`, `app`, `utils` (`base64`, `crypto`) and
/// `exceptions` are emulated; any other member is a not-emulated namespace (`sys.data`).
enum PlatformObjects {
    static func sys(_ context: ScriptContext, state: RuntimeState, interpreter: ScriptInterpreter) throws(RuntimeSetupError) -> Value {
        let sys = context.makeNamespace { name in NotEmulated.namespace(context, path: "sys." + name, state: state) }
        context.define(sys, "logs", SysLogs.make(context, state: state))
        context.define(sys, "storage", SysStorage.make(context, state: state))
        context.define(sys, "events", SysEvents.make(context, state: state))
        context.define(sys, "context", SysContext.context(context, state: state))
        context.define(sys, "app", SysContext.app(context, state: state))
        context.define(sys, "utils", SysUtils.make(context, state: state))
        let exceptions = context.makeNamespace(member: NotEmulated.members(context, path: "sys.exceptions", state: state))
        let parsed = JavaScriptParser.parseProgram(RuntimePrelude.source, path: RuntimePrelude.path)
        do throws(ScriptError) {
            guard parsed.errors.isEmpty else { throw ScriptError(kind: .syntaxError, name: "SyntaxError", message: "\(parsed.errors)") }
            let module = try ScriptInterpreter.compileModule(parsed.tree, parameters: ["exceptions"], path: RuntimePrelude.path)
            _ = try interpreter.call(interpreter.instantiate(module), this: .undefined, arguments: [exceptions])
        } catch {
            throw RuntimeSetupError("the runtime's own prelude failed: \(error.description)")
        }
        context.define(sys, "exceptions", exceptions)
        return sys
    }
}
