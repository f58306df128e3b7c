import SlingrScript

/// A package dependency that was not given (`--with NAME=DIR`): its libraries read as
/// namespaces whose functions fail with `not emulated: dependencies.oauth.functions.connectUser
/// (give the package with --with oauth=DIR)`.
enum MissingPackage {
    static func namespace(_ context: ScriptContext, name: String, state: RuntimeState) -> Value {
        context.makeNamespace { library in
            let path = "dependencies.\(name).\(library)"
            return context.makeNamespace { function in
                let full = path + "." + function
                return context.makeFunction(function, isConstructor: true) { call in
                    state.journal.notEmulated.append(full)
                    throw call.context.error(.error, NotEmulated.message(full) + " (give the package with --with \(name)=DIR)")
                }
            }
        }
    }
}
