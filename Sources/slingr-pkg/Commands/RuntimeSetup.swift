import SlingrDiagnostics
import SlingrJSON
import SlingrPackage
import SlingrRuntime
import SlingrScript
import SlingrVersions

/// What `run` and `test` both read from the command line: the package, its configuration
/// values, the simulated installation, HTTP replies, storage, dependency packages and budgets.
struct RuntimeSetup {
    var repository: PackageRepository
    var options: RuntimeOptions
    /// `--record FILE` and `--storage FILE`, written after the run.
    var recordPath: String?
    var storagePath: String?

    /// The options both commands accept (after their own).
    static let options: [OptionSpec] = [
        OptionSpec("package", short: "C", valueName: "dir", help: "The package repository (default: the current folder)."),
        OptionSpec("values", valueName: "file", help: "JSON file of configuration values, as preview and configure use it; defaults and the configuration builder are applied."),
        OptionSpec("set", valueName: "name=value", help: "Set a configuration value; dotted names reach into groups.", isRepeatable: true),
        OptionSpec("env", valueName: "name=value", help: "Value of a ${NAME} environment placeholder.", isRepeatable: true),
        OptionSpec("app", valueName: "name", help: "App name of the simulated installation (default: myapp)."),
        OptionSpec("environment", valueName: "env", help: "App environment of the simulated installation (default: dev)."),
        OptionSpec("user-id", valueName: "id", help: "What sys.context.getCurrentUserRecord().id() answers (default: 000000000000000000000001)."),
        OptionSpec("http", valueName: "file", help: "Replies file: what HTTP requests get (see 'slingr-pkg help runtime'). Without it every request fails."),
        OptionSpec("record", valueName: "file", help: "Send HTTP requests for real (with curl) and add the replies to this file for offline runs."),
        OptionSpec("storage", valueName: "file", help: "sys.storage starts from this JSON file; run writes it back after, atomically (test only reads it: each test starts from it)."),
        OptionSpec("with", valueName: "name=dir", help: "Use the package in dir for the package dependency name.", isRepeatable: true),
        OptionSpec("git", valueName: "name=url", help: "Take the package dependency name from this git repository (URL or path), at the version resolve picks; .slingr-pkg.json 'sources' also count.", isRepeatable: true),
        OptionSpec("registry", valueName: "file", help: "Registry file of released tags, for resolving dependency versions."),
        OptionSpec("offline", help: "Use only cached tag lists and dependency checkouts."),
        OptionSpec("refresh", help: "Ask every git source again instead of using the cache."),
        OptionSpec("now", valueName: "time", help: "What Date.now() answers: an ISO date or ms since 1970 (default: 2025-01-01T00:00:00Z)."),
    ] + ScriptLimitOptions.options(defaultSteps: RuntimeOptions.defaultLimits.maxSteps)

    enum Loaded {
        case success(RuntimeSetup)
        case failure(ExitStatus)
    }

    static func load(_ arguments: ParsedArguments, command: CommandSpec, context: CommandContext, directory given: String? = nil) -> Loaded {
        func usage(_ message: String) -> Loaded { .failure(SlingrPkg.usageError(message, command: command, context: context)) }
        func fail(_ message: String) -> Loaded {
            context.stderr.write("Error: \(message)\n")
            return .failure(.usage)
        }
        if given != nil, arguments.value("package") != nil { return usage("give the package either as an argument or with '--package', not both") }
        if arguments.value("record") != nil, arguments.value("http") != nil {
            return usage("'--record' sends requests for real; it cannot be combined with '--http'")
        }
        let named = given ?? arguments.value("package") ?? "."
        guard context.fileSystem.isDirectory(context.absolutePath(named)) else { return fail("'\(named)' is not a directory") }
        let (root, directory) = context.packageRoot(named)
        let repository = PackageRepository(root: root, displayRoot: directory, fileSystem: context.fileSystem)
        guard repository.package != nil else { return fail("no package.json in '\(directory)'") }
        var options = RuntimeOptions()
        for (index, pair) in arguments.pairs("env").enumerated() {
            guard let (name, value) = pair else { return usage("'--env' needs NAME=VALUE, not '\(arguments.all("env")[index])'") }
            options.placeholders[name] = value
        }
        options.app = arguments.value("app")
        options.environment = arguments.value("environment")
        options.userId = arguments.value("user-id")
        if let path = arguments.value("values") {
            guard let source = read(path, context) else { return .failure(.usage) }
            let (values, diagnostics) = ConfigurationValues.read(source)
            if !diagnostics.isEmpty { report(diagnostics, source, context) }
            guard let values else { return fail("cannot read the values in '\(path)'") }
            options.values = values
        }
        let definition = try? FormDefinition.load(repository)
        for (index, pair) in arguments.pairs("set").enumerated() {
            guard let (name, text) = pair else { return usage("'--set' needs NAME=VALUE, not '\(arguments.all("set")[index])'") }
            options.values.set(name, ConfigurationValues.typedValue(text, for: definition?.field(at: name)), origin: .commandLine)
        }
        if let path = arguments.value("http") {
            guard let source = read(path, context) else { return .failure(.usage) }
            let (fixtures, diagnostics) = HTTPFixtureFile.read(source)
            if !diagnostics.isEmpty {
                report(diagnostics, source, context)
                if diagnostics.contains(where: { $0.severity == .error }) { return fail("cannot read the replies in '\(path)'") }
            }
            options.fixtures = fixtures
        }
        let recordPath = arguments.value("record")
        if recordPath != nil {
            options.http = .record(CurlTransport(runner: ProcessRunner(baseEnvironment: context.environment)))
        }
        let storagePath = arguments.value("storage")
        if let path = storagePath, context.fileSystem.exists(context.absolutePath(path)) {
            guard let source = read(path, context) else { return .failure(.usage) }
            let (storage, diagnostics) = RuntimeStorage.read(source)
            if !diagnostics.isEmpty { report(diagnostics, source, context) }
            guard let storage else { return fail("cannot read the storage in '\(path)'") }
            options.storage = storage
        }
        for (index, pair) in arguments.pairs("with").enumerated() {
            guard let (name, path) = pair else { return usage("'--with' needs NAME=DIR, not '\(arguments.all("with")[index])'") }
            let dependencyRoot = context.absolutePath(path)
            guard context.fileSystem.isDirectory(dependencyRoot) else { return fail("'\(path)' (--with \(name)) is not a directory") }
            let dependency = PackageRepository(root: dependencyRoot, displayRoot: path, fileSystem: context.fileSystem)
            guard dependency.package != nil else { return fail("no package.json in '\(path)' (--with \(name))") }
            options.dependencyPackages[name] = dependency
        }
        switch gitDependencies(arguments, repository: repository, given: options.dependencyPackages, directory: directory, command: command, context: context) {
        case .failure(let status): return .failure(status)
        case .success(let found): options.dependencyPackages.merge(found) { given, _ in given }
        }
        if let text = arguments.value("now") {
            guard let time = parseTime(text) else { return usage("'--now' needs an ISO date (2025-01-31T12:00:00Z) or ms since 1970, not '\(text)'") }
            options.now = time
        }
        // The same step and memory budgets and wall-clock deadline as every command that runs package code.
        guard let limits = ScriptLimitOptions.limits(arguments, base: options.limits, command: command, context: context) else { return .failure(.usage) }
        options.limits = limits
        return .success(RuntimeSetup(repository: repository, options: options, recordPath: recordPath, storagePath: storagePath))
    }

    enum Dependencies {
        case success([String: PackageRepository])
        case failure(ExitStatus)
    }

    /// Package dependencies not given with `--with` that have a git source (`--git`, or
    /// `.slingr-pkg.json` 'sources'): resolved as `resolve` does, then checked out at the picked
    /// release into the cache. Dependencies without a source stay missing (their calls fail
    /// with 'not emulated').
    static func gitDependencies(_ arguments: ParsedArguments, repository: PackageRepository, given: [String: PackageRepository],
                                directory: String, command: CommandSpec, context: CommandContext) -> Dependencies {
        let wanted = (repository.package?.packageDescriptor?.dependencies ?? []).filter { $0.type == "package" }
            .compactMap { $0.name?.text }.filter { given[$0] == nil }
        guard !wanted.isEmpty else { return .success([:]) }
        if arguments.flag("offline"), arguments.flag("refresh") {
            return .failure(SlingrPkg.usageError("'--offline' and '--refresh' cannot be used together", command: command, context: context))
        }
        var sources: [GitSource] = []
        for (index, pair) in arguments.pairs("git").enumerated() {
            guard let (name, location) = pair, !location.isEmpty else {
                return .failure(SlingrPkg.usageError("'--git' expects NAME=URL_OR_PATH; got '\(arguments.all("git")[index])'", command: command, context: context))
            }
            sources.removeAll { $0.name == name }
            sources.append(GitSource(name: name, location: location, baseDirectory: context.currentDirectory))
        }
        if let settings = ProjectSettings.load(from: repository) {
            for (name, location) in settings.sourceConfiguration(boundary: repository.boundary).configuration.sources
            where !sources.contains(where: { $0.name == name }) {
                sources.append(GitSource(name: name, location: location, baseDirectory: repository.root))
            }
        }
        guard wanted.contains(where: { name in sources.contains { $0.name == name } }) else { return .success([:]) }
        let registry = arguments.value("registry")
        let request = VersionsRequest(
            packageDirectory: repository.root, displayDirectory: directory,
            registry: registry.map(context.absolutePath), registryDisplay: registry, gitSources: sources.filter { source in arguments.pairs("git").contains { $0?.0 == source.name } },
            cacheDirectory: ResolveCommand.cacheDirectory(context),
            cachePolicy: arguments.flag("offline") ? .offline : (arguments.flag("refresh") ? .refresh : .preferCache),
            git: GitClient(runner: ProcessRunner(baseEnvironment: context.environment)))
        let resolution: Resolution
        switch PackageVersions.resolve(request, fileSystem: context.fileSystem) {
        case .failure(let failure):
            if !failure.diagnostics.isEmpty { context.stderr.write(DiagnosticTextRenderer(sources: [:]).render(failure.diagnostics)) }
            context.stderr.write("Error: cannot resolve the package dependencies: \(failure.message)\n")
            return .failure(.usage)
        case .success(let outcome):
            resolution = outcome.resolution
        }
        let reader = GitSourceReader(client: request.git, cache: GitTagCache(directory: request.cacheDirectory, fileSystem: context.fileSystem),
                                     policy: request.cachePolicy)
        var found: [String: PackageRepository] = [:]
        for name in wanted {
            guard let source = sources.first(where: { $0.name == name }),
                  let release = resolution.direct.first(where: { $0.declaration.key.name == name })?.resolved else { continue }
            do {
                let folder = try GitDependencyCheckout.folder(name: name, release: release, source: source, reader: reader,
                                                              cacheDirectory: request.cacheDirectory, fileSystem: context.fileSystem)
                found[name] = PackageRepository(root: folder, displayRoot: "\(name)@\(release.tag)", fileSystem: context.fileSystem)
            } catch {
                context.stderr.write("Error: \(error.message)\n")
                return .failure(.usage)
            }
        }
        return .success(found)
    }

    /// Builds the runtime, reporting setup problems (exit 1: the package's own configuration
    /// failed, as a run would).
    func makeRuntime(context: CommandContext) -> PackageRuntime? {
        do {
            return try PackageRuntime(repository: repository, options: options)
        } catch {
            if !error.diagnostics.isEmpty {
                var sources: [String: SourceFile] = [:]
                if let package = repository.package { sources[package.source.path] = package.source }
                context.stderr.write(DiagnosticTextRenderer(sources: sources).render(error.diagnostics) + "\n")
            }
            context.stderr.write("Error: \(error.message)\n")
            return nil
        }
    }

    /// Writes `--storage` and `--record` files after a run; false (with a message) on failure.
    func save(_ runtime: PackageRuntime, context: CommandContext) -> Bool {
        var ok = true
        if let path = storagePath {
            do {
                try context.fileSystem.writeFileAtomically(context.absolutePath(path), Array(runtime.storage.rendered().utf8))
            } catch {
                context.stderr.write("Error: cannot write the storage: \(error.description)\n")
                ok = false
            }
        }
        if let path = recordPath {
            // Replies recorded before stay, unless this run recorded the same method and URL again.
            var fixtures: [HTTPFixture] = []
            if let source = try? context.fileSystem.sourceFile(context.absolutePath(path), displayPath: path) {
                fixtures = HTTPFixtureFile.read(source).fixtures
            }
            let recorded = runtime.recordedReplies
            fixtures.removeAll { old in recorded.contains { $0.method == old.method && $0.urlPattern == old.urlPattern } }
            fixtures += recorded
            do {
                try context.fileSystem.writeFileAtomically(context.absolutePath(path), Array(HTTPFixtureFile.render(fixtures).utf8))
            } catch {
                context.stderr.write("Error: cannot write the recorded replies: \(error.description)\n")
                ok = false
            }
        }
        return ok
    }

    private static func read(_ path: String, _ context: CommandContext) -> SourceFile? {
        do {
            return try context.readSource(path)
        } catch {
            context.stderr.write("Error: \(error.description)\n")
            return nil
        }
    }

    private static func report(_ diagnostics: [Diagnostic], _ source: SourceFile, _ context: CommandContext) {
        context.stderr.write(DiagnosticTextRenderer(style: .plain, sources: [source.path: source]).render(diagnostics) + "\n")
    }

    /// Milliseconds since 1970, from a number or a date JavaScript's `Date.parse` accepts.
    static func parseTime(_ text: String) -> Double? {
        if let number = Double(text), number.isFinite { return number }
        let quoted = JSONOutput.string(text).rendered(indent: 0)
        guard let value = try? ScriptInterpreter().evaluateExpression("Date.parse(\(quoted))"),
              case .number(let time) = value, time.isFinite else { return nil }
        return time
    }

    /// JSON text as data, or nil when it is not JSON.
    static func json(_ text: String, quiet: Bool) -> HostValue? {
        let parsed = JSONParser.parse(text, path: "<json>")
        guard !parsed.hasErrors, let value = parsed.value else { return nil }
        return ConfigurationValues.hostValue(value)
    }

    /// A JSON document given on the command line (`--args`, `--headers`), or nil with a message.
    static func json(_ text: String, option: String, context: CommandContext) -> HostValue? {
        let parsed = JSONParser.parse(text, path: "--\(option)")
        guard !parsed.hasErrors, let value = parsed.value else {
            context.stderr.write(DiagnosticTextRenderer(style: .plain, sources: [:]).render(parsed.diagnostics) + "\n")
            return nil
        }
        return ConfigurationValues.hostValue(value)
    }
}
