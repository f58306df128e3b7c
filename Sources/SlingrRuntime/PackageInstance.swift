import SlingrDiagnostics
import SlingrPackage
import SlingrScript

/// One package loaded into the runtime: its own `config`, `dependencies`, `step` and
/// `listeners` objects, and its files, each run once, on first use, as a module (a function of
/// `exports, config, dependencies, step, listeners`, so its top-level declarations stay its
/// own, as on the platform where every library is a separate script).
final class PackageInstance {
    static let moduleParameters = ["exports", "config", "dependencies", "step", "listeners"]

    let name: String
    let repository: PackageRepository
    let layout: PackageLayout
    let state: RuntimeState
    let config: Value
    private let configHost: HostValue
    var dependencies: Value
    let steps: Value
    let listeners: Value
    /// `pkg.<name>`: a getter per library that loads it on first read.
    private(set) var namespace: Value = .undefined
    private var exports: [String: Value] = [:]
    private var loadedFiles: Set<String> = []

    init(name: String, repository: PackageRepository, config: HostValue, state: RuntimeState, context: ScriptContext) {
        self.name = name
        self.repository = repository
        self.layout = PackageLayout(repository)
        self.state = state
        self.config = ConfigObject.make(context, values: config)
        self.configHost = config
        self.dependencies = context.makeObject()
        self.steps = context.makeObject()
        self.listeners = context.makeObject()
        let namespace = context.makeObject()
        for library in layout.libraries {
            let getter = context.makeFunction(library.name) { [unowned self] call in
                try self.library(library.name, call.context)
            }
            context.defineGetter(namespace, library.name, getter)
        }
        self.namespace = namespace
    }

    /// The member of this package's configuration named `name` (a dependency's settings).
    func configurationValue(_ name: String) -> HostValue? { configHost[name] }

    /// The `exports` of a library, running its file the first time.
    func library(_ library: String, _ context: ScriptContext) throws -> Value {
        if let loaded = exports[library] { return loaded }
        guard let path = layout.libraries.first(where: { $0.name == library })?.path else {
            throw context.error(.referenceError, "package '\(name)' has no library '\(library)' (scripts/\(library).js)")
        }
        let object = context.makeObject()
        exports[library] = object
        try load(path, exports: object, context)
        return object
    }

    /// Runs a file of the package once (later calls do nothing).
    func load(_ path: String, exports: Value? = nil, _ context: ScriptContext) throws {
        guard !loadedFiles.contains(path) else { return }
        loadedFiles.insert(path)
        guard let parsed = repository.script(path) else {
            throw context.error(.error, "cannot read '\(repository.displayPath(path))'")
        }
        state.sources[parsed.source.path] = parsed.source
        if let first = parsed.result.errors.first {
            let location = parsed.source.location(of: first.offset)
            state.loadDiagnostics += parsed.result.diagnostics(in: parsed.source)
            throw context.error(.syntaxError, "\(first.message) (\(parsed.source.path):\(location.line):\(location.column))")
        }
        let module: CompiledModule
        do {
            module = try ScriptInterpreter.compileModule(parsed.result.tree, parameters: Self.moduleParameters, path: parsed.source.path)
        } catch {
            let where_ = error.range.map { parsed.source.location(of: $0.start) }
            state.loadDiagnostics.append(error.diagnostic(in: parsed.source, ruleId: SyntaxError.ruleId))
            throw context.error(.syntaxError, error.message + (where_.map { " (\(parsed.source.path):\($0.line):\($0.column))" } ?? ""))
        }
        let function = state.instantiate(module)
        _ = try context.call(function, [exports ?? context.makeObject(), config, dependencies, steps, listeners])
    }

    /// The function a flow step's file defines as `step.<name>`.
    func stepFunction(_ step: PackageLayout.Step, _ context: ScriptContext) throws -> Value {
        try load(step.script, context)
        let function = try context.get(steps, step.name)
        guard context.isCallable(function) else {
            throw context.error(.typeError, "'\(repository.displayPath(step.script))' does not define step.\(step.name) as a function")
        }
        return function
    }

    /// A listener defined by any listener file (`listeners.<name> = {..., callback}`).
    func listener(_ listenerName: String, _ context: ScriptContext) throws -> Value {
        for path in layout.listenerFiles { try load(path, context) }
        let listener = try context.get(listeners, listenerName)
        guard case .object = listener else {
            let names = context.keys(listeners)
            var message = "no listener '\(listenerName)' in package '\(name)'"
            if !names.isEmpty { message += " (listeners: " + names.map { "'\($0)'" }.joined(separator: ", ") + ")" }
            throw context.error(.referenceError, message)
        }
        return listener
    }
}
