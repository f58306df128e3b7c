import SlingrScript

/// The parts of the platform API the local runtime does not emulate. Reading any other member
/// of `sys` (or of an emulated group such as `sys.utils`) gives a namespace whose members are
/// functions that fail when called or constructed, naming what was called:
/// `Error: not emulated: sys.data.find`. A package never sees a silent `undefined` where the
/// platform would have answered.
enum NotEmulated {

    static func message(_ path: String) -> String { "not emulated: \(path)" }

    /// A namespace at `path` whose every member is a failing function.
    static func namespace(_ context: ScriptContext, path: String, state: RuntimeState) -> Value {
        context.makeNamespace { name in function(context, path: path + "." + name, state: state) }
    }

    /// A function that fails with the not-emulated error (and records the attempt).
    static func function(_ context: ScriptContext, path: String, state: RuntimeState) -> Value {
        let name = String(path.split(separator: ".").last ?? "")
        return context.makeFunction(name, isConstructor: true) { call in
            state.journal.notEmulated.append(path)
            throw call.context.error(.error, message(path))
        }
    }

    /// Fallback members for an emulated namespace: unknown names become not-emulated functions.
    static func members(_ context: ScriptContext, path: String, state: RuntimeState) -> (String) -> Value? {
        { name in function(context, path: path + "." + name, state: state) }
    }
}
