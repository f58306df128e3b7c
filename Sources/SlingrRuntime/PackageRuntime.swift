import SlingrDiagnostics
import SlingrPackage
import SlingrScript

/// The emulated Slingr server side for one package: its libraries as `pkg.<name>.<library>`,
/// flow steps as `step.<name>`, listeners as `listeners.<name>`, `config` from the values
/// (defaults and the configuration builder applied), `sys.*` as documented in `slingr-pkg help
/// runtime`, HTTP through the service dependencies answered from replies, and package
/// dependencies given as local folders.
///
/// One runtime runs any number of targets in one interpreter (files load once); the journal
/// (logs, events, exchanges, storage) accumulates across runs. Not thread-safe.
public final class PackageRuntime {
    public let repository: PackageRepository
    public let packageName: String
    public let layout: PackageLayout
    /// The configuration the package runs with (after defaults and the builder).
    public let configuration: HostValue
    let interpreter: ScriptInterpreter
    let state: RuntimeState
    let main: PackageInstance
    private let environment: FormEnvironment
    private var instances: [PackageInstance] = []

    public init(repository: PackageRepository, options: RuntimeOptions) throws(RuntimeSetupError) {
        self.repository = repository
        let definition: FormDefinition
        do {
            definition = try FormDefinition.load(repository)
        } catch {
            throw RuntimeSetupError(error.message, diagnostics: error.diagnostics)
        }
        packageName = definition.packageName
        environment = FormEnvironment(app: options.app, environment: options.environment, packageName: packageName,
                                      placeholders: options.placeholders, userId: options.userId)
        configuration = try Self.configuration(repository, definition: definition, values: options.values, environment: environment)
        layout = PackageLayout(repository)

        let journal = RuntimeJournal(storage: options.storage)
        let mode: HTTPReplies.Mode
        switch options.http {
        case .fixtures: mode = .fixtures
        case .generic: mode = .generic
        case .record(let transport): mode = .record(transport)
        }
        state = RuntimeState(journal: journal, replies: HTTPReplies(mode: mode, fixtures: options.fixtures),
                             userId: environment.userId, appURL: environment.appURL)
        state.packageName = packageName
        state.declaredEvents = repository.package?.packageDescriptor?.events.compactMap { $0.name?.text } ?? []
        interpreter = ScriptInterpreter(
            environment: SlingrEnvironment(currentUserId: environment.userId, appURL: environment.appURL,
                                           randomSeed: options.randomSeed, now: options.now),
            limits: options.limits)
        state.instantiate = { [weak interpreter] module in interpreter?.instantiate(module) ?? .undefined }
        let context = interpreter.context
        main = PackageInstance(name: packageName, repository: repository, config: configuration, state: state, context: context)
        instances.append(main)

        let sys = try PlatformObjects.sys(context, state: state, interpreter: interpreter)
        interpreter.setGlobal("sys", value: sys)
        interpreter.setGlobal("console", value: SysLogs.console(context, state: state))
        let http = HTTPServiceObject.make(context, name: "http", state: state)
        let svc = context.makeNamespace { [state] name in NotEmulated.namespace(context, path: "svc." + name, state: state) }
        context.define(svc, "http", http)
        interpreter.setGlobal("svc", value: svc)
        let pkg = context.makeObject()
        context.define(pkg, packageName, main.namespace)
        interpreter.setGlobal("pkg", value: pkg)
        var visited: Set<String> = [packageName]
        try wireDependencies(of: main, descriptor: repository.package?.packageDescriptor, options: options, pkg: pkg,
                             http: http, visited: &visited)
    }

    /// The configuration a package gets: values with defaults, then the configuration builder
    /// (or placeholders resolved when there is none), plus the platform values.
    static func configuration(_ repository: PackageRepository, definition: FormDefinition, values: ConfigurationValues,
                              environment: FormEnvironment) throws(RuntimeSetupError) -> HostValue {
        let evaluator = FormEvaluator(definition: definition, environment: environment)
        let model = evaluator.evaluate(values)
        var config: HostValue
        if let path = definition.configurationBuilder {
            guard case .inside(let relative) = repository.resolve(path), let source = repository.source(relative) else {
                throw RuntimeSetupError("cannot read the configuration builder '\(path)'")
            }
            let build = ConfigurationBuild.run(source, values: model.values, evaluator: evaluator)
            if let failure = build.failure {
                throw RuntimeSetupError("the configuration builder failed: \(failure.message)", diagnostics: [failure])
            }
            config = build.configuration ?? .object([])
        } else {
            config = ConfigurationBuild.resolvingPlaceholders(evaluator.configObject(model.values), environment.resolvedPlaceholders, depth: 0)
        }
        if case .object = config {} else { config = .object([]) }
        for (name, value) in environment.platform.members where config[name] == nil { config.set(name, .string(value)) }
        return config
    }

    /// `dependencies.<name>` of an instance: the HTTP service, not-emulated services, and
    /// package dependencies from `options.dependencyPackages` (each with its own dependencies).
    private func wireDependencies(of instance: PackageInstance, descriptor: PackageDescriptor?, options: RuntimeOptions,
                                  pkg: Value, http: Value, visited: inout Set<String>) throws(RuntimeSetupError) {
        let context = interpreter.context
        for dependency in descriptor?.dependencies ?? [] {
            guard let name = dependency.name?.text else { continue }
            if dependency.type == "service" {
                let service = name == "http" ? http : NotEmulated.namespace(context, path: "dependencies." + name, state: state)
                context.define(instance.dependencies, name, service)
                continue
            }
            guard let repository = options.dependencyPackages[name] else {
                context.define(instance.dependencies, name, MissingPackage.namespace(context, name: name, state: state))
                continue
            }
            guard !visited.contains(name) else { continue }
            visited.insert(name)
            let definition: FormDefinition
            do {
                definition = try FormDefinition.load(repository)
            } catch {
                throw RuntimeSetupError("dependency '\(name)': \(error.message)", diagnostics: error.diagnostics)
            }
            let given = instance.configurationValue(name)
            let values = ConfigurationValues(root: given ?? .object([]), origin: .file)
            let dependencyEnvironment = FormEnvironment(app: options.app, environment: options.environment, packageName: definition.packageName,
                                                        placeholders: options.placeholders, userId: options.userId)
            let config = try Self.configuration(repository, definition: definition, values: values, environment: dependencyEnvironment)
            let dependencyInstance = PackageInstance(name: name, repository: repository, config: config, state: state, context: context)
            instances.append(dependencyInstance)
            context.define(instance.dependencies, name, dependencyInstance.namespace)
            context.define(pkg, name, dependencyInstance.namespace)
            try wireDependencies(of: dependencyInstance, descriptor: repository.package?.packageDescriptor, options: options,
                                 pkg: pkg, http: http, visited: &visited)
        }
    }

    // MARK: Running

    /// Runs a target to its end (one step budget for the whole run) and reports.
    public func run(_ target: RunTarget) -> RunReport {
        let start = journalMark
        let main = self.main
        let inputs: HostValue?
        if case .step(let name, let given) = target, let step = layout.step(name) {
            inputs = stepInputs(step, given: given)
        } else {
            inputs = nil
        }
        let entry = interpreter.context.makeFunction("run") { call in
            let context = call.context
            switch target {
            case .step(let name, _):
                guard let step = main.layout.step(name) else {
                    throw context.error(.referenceError, Self.unknownStepMessage(name, layout: main.layout))
                }
                let function = try main.stepFunction(step, context)
                return try context.call(function, this: main.steps, [context.value(inputs ?? .object([]))])
            case .function(let library, let function, let arguments):
                let exports = try main.library(library, context)
                let callee = try context.get(exports, function)
                guard context.isCallable(callee) else {
                    let exported = context.keys(exports).filter { (try? context.get(exports, $0)).map(context.isCallable) ?? false }
                    var message = "library '\(library)' does not export a function '\(function)'"
                    if let suggestion = Suggestion.closest(to: function, in: exported) { message += "; did you mean '\(suggestion)'?" }
                    throw context.error(.typeError, message)
                }
                return try context.call(callee, this: exports, arguments.map(context.value))
            case .listener(let name, let event):
                let listener = try main.listener(name, context)
                let callback = try context.get(listener, "callback")
                guard context.isCallable(callback) else {
                    throw context.error(.typeError, "listener '\(name)' has no 'callback' function")
                }
                return try context.call(callback, this: listener, [context.value(event)])
            }
        }
        var report = emptyReport(target.description)
        do throws(ScriptError) {
            let value = try interpreter.call(entry, this: .undefined, arguments: [])
            report.result = interpreter.hostValue(value)
            report.resultText = interpreter.display(value)
        } catch {
            report.failure = failure(error)
        }
        fillJournal(&report, since: start)
        if case .step(let name, _) = target, let result = report.result, let step = layout.step(name) {
            report.problems += StepOutputCheck.problems(result, step: step, repository: repository)
        }
        return report
    }

    public static func unknownStepMessage(_ name: String, layout: PackageLayout) -> String {
        var message = "no flow step '\(name)'"
        let names = layout.steps.map(\.name)
        if let suggestion = Suggestion.closest(to: name, in: names) {
            message += "; did you mean '\(suggestion)'?"
        } else if !names.isEmpty {
            message += " (steps: " + names.map { "'\($0)'" }.joined(separator: ", ") + ")"
        }
        return message
    }

    /// The inputs a step runs with: `given` over the defaults of its `step.json`.
    public func stepInputs(_ step: PackageLayout.Step, given: HostValue) -> HostValue {
        guard let definition = try? FormDefinition.load(repository, step: PathName.lastComponent(step.folder)) else { return given }
        let stepEnvironment = FormEnvironment(app: environment.app, environment: environment.environment, packageName: packageName,
                                              placeholders: environment.placeholders, userId: environment.userId,
                                              includesPlatformValues: false)
        let evaluator = FormEvaluator(definition: definition, environment: stepEnvironment)
        let model = evaluator.evaluate(ConfigurationValues(root: given, origin: .commandLine))
        return evaluator.orderedValues(model.values)
    }

    /// Every file the runtime has loaded, by the path its diagnostics and frames carry (for
    /// showing source lines in reports).
    public var loadedSources: [String: SourceFile] { state.sources }

    /// The storage as it is now (what `--storage` writes back).
    public var storage: RuntimeStorage { state.journal.storage }

    /// HTTP replies recorded so far (`--record`).
    public var recordedReplies: [HTTPFixture] { state.replies.recorded }

    // MARK: Reports

    struct JournalMark {
        var logs: Int
        var events: Int
        var exchanges: Int
        var notEmulated: Int
    }

    var journalMark: JournalMark {
        let journal = state.journal
        return JournalMark(logs: journal.logs.count, events: journal.events.count, exchanges: journal.exchanges.count,
                           notEmulated: journal.notEmulated.count)
    }

    func emptyReport(_ target: String) -> RunReport {
        RunReport(target: target, result: nil, resultText: nil, failure: nil, logs: [], events: [], exchanges: [],
                  notEmulated: [], storage: RuntimeStorage(), problems: [])
    }

    func fillJournal(_ report: inout RunReport, since mark: JournalMark) {
        let journal = state.journal
        report.logs = Array(journal.logs[mark.logs...])
        report.events = Array(journal.events[mark.events...])
        report.exchanges = Array(journal.exchanges[mark.exchanges...])
        report.notEmulated = Array(journal.notEmulated[mark.notEmulated...])
        report.storage = journal.storage
        for event in report.events {
            guard let problem = event.problem else { continue }
            report.problems.append(Diagnostic(ruleId: TriggerEventRule.description.id, severity: TriggerEventRule.description.severity, message: problem,
                                              file: repository.package?.source.path))
        }
    }

    /// A script error as a failure located in the package's files.
    func failure(_ error: ScriptError) -> RunFailure {
        var frames: [LocatedFrame] = []
        var diagnostic: Diagnostic?
        for frame in error.stack {
            guard let path = frame.path, !path.hasPrefix("<"), let source = state.sources[path] else { continue }
            let offset = frame.range?.start ?? 0
            let location = source.location(of: offset)
            frames.append(LocatedFrame(function: frame.function, path: path, line: location.line, column: location.column))
            if diagnostic == nil {
                diagnostic = Diagnostic(ruleId: UncaughtExceptionRule.description.id, severity: .error, message: error.description, in: source,
                                        range: frame.range ?? SourceRange(at: offset))
            }
        }
        if case .syntaxError = error.kind, let located = state.loadDiagnostics.last { diagnostic = located }
        var thrown: HostValue?
        if case .thrown = error.kind { thrown = error.thrownValue }
        return RunFailure(description: error.description, kind: error.kind, frames: frames, diagnostic: diagnostic, thrown: thrown)
    }

}

extension PackageRuntime {
    /// A file that did not load, and why.
    public struct LoadFailure: Sendable {
        public var path: String
        public var error: String
    }

    /// Loads every library, listener and step file (for checking that a package loads at all);
    /// answers the ones that failed.
    public func loadAll() -> [LoadFailure] {
        var failures: [LoadFailure] = []
        let main = self.main
        let paths = layout.libraries.map(\.path) + layout.listenerFiles + layout.steps.map(\.script)
        for path in paths {
            let entry = interpreter.context.makeFunction("load") { call in
                if let library = main.layout.libraries.first(where: { $0.path == path }) {
                    _ = try main.library(library.name, call.context)
                } else {
                    try main.load(path, call.context)
                }
                return .undefined
            }
            do throws(ScriptError) {
                _ = try interpreter.call(entry, this: .undefined, arguments: [])
            } catch {
                let frame = failure(error).frames.first.map { " (\($0))" } ?? ""
                failures.append(LoadFailure(path: repository.displayPath(path), error: error.description + frame))
            }
        }
        return failures
    }
}
