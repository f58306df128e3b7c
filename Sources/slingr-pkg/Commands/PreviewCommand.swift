import SlingrDiagnostics
import SlingrPackage
import SlingrRuntime
import SlingrScript

/// `slingr-pkg preview [DIR]`: the configuration form (or a flow step's inputs) as the app
/// builder would show it, every expression evaluated with the given values.
enum PreviewCommand: Command {
    static let spec = CommandSpec(
        name: "preview",
        abstract: "Show a package's configuration form with every expression evaluated.",
        discussion: """
        Values come from each field's defaultValue, then --values, then --set (later wins). --set typing: text-like fields take the text as is, toggles take true/false, 'many' fields and other types take a JSON literal (["a","b"], 12) when the text is one. ${NAME} placeholders stay in the form (as the app builder keeps them) and are shown with their --env value; --build replaces them. Platform values (config.WEBHOOK_URL ...) are simulated for --app (default myapp) and --environment (default dev). An expression that fails is shown at its field. \(ScriptLimitOptions.summary(Limits(), expressions: FormEvaluator.expressionLimits)) Exit status: 0, or 1 with --check when the values have problems, or when --press or --build fails; 2 for usage errors and unreadable input.
        """,
        arguments: [ArgumentSpec("dir", help: "The package repository (default: the current folder).", isOptional: true)],
        options: [
            OptionSpec("values", valueName: "file", help: "JSON file of configuration values ({\"field\": value, \"group\": {\"child\": value}})."),
            OptionSpec("set", valueName: "name=value", help: "Set a value; dotted names reach into groups.", isRepeatable: true),
            OptionSpec("env", valueName: "name=value", help: "Value of a ${NAME} environment placeholder.", isRepeatable: true),
            OptionSpec("app", valueName: "name", help: "App name for the platform values (default: myapp)."),
            OptionSpec("environment", valueName: "env", help: "App environment for the platform values (default: dev)."),
            OptionSpec("user-id", valueName: "id", help: "What sys.context.getCurrentUserRecord().id() answers in --build (default: 000000000000000000000001)."),
            OptionSpec("step", valueName: "name", help: "Show the inputs of this flow step instead.", completion: .listed(.steps)),
            OptionSpec("press", valueName: "button", help: "Run a button's action on the values first (its path or name); repeatable, in order.", isRepeatable: true),
            OptionSpec("build", help: "Run configurationBuilder.js on the values and show the configuration it builds."),
            OptionSpec("show-hidden", help: "Show hidden fields, marked, with the expression that hides them."),
            OptionSpec("show-secrets", help: "Print the values of password fields (hidden by default, also in --format json and --build)."),
            OptionSpec("width", valueName: "n", help: "Width of the text output (default: $COLUMNS, else 80)."),
            .format(["text", "json", "markdown", "sarif", "github"]),
            OptionSpec("check", help: "Exit with status 1 when the values have problems."),
        ] + ScriptLimitOptions.options(defaultSteps: Limits().maxSteps, expressionSteps: FormEvaluator.expressionLimits.maxSteps)
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        let setup: PreviewSetup
        switch PreviewSetup.load(arguments, command: spec, context: context, allowStep: true) {
        case .failure(let status): return status
        case .success(let loaded): setup = loaded
        }
        guard let width = width(arguments, context: context) else {
            return SlingrPkg.usageError("'--width' needs a number of columns of at least \(FormRenderer.minimumWidth), not '\(arguments.value("width") ?? "")'", command: spec, context: context)
        }
        if arguments.flag("build"), setup.definition.isStep {
            return SlingrPkg.usageError("'--build' runs the package's configuration builder; it does not apply to '--step'", command: spec, context: context)
        }
        var values = setup.values
        var presses: [ButtonPress] = []
        for name in arguments.all("press") {
            switch ButtonPress.resolve(name, in: setup.definition) {
            case .failure(let error):
                return SlingrPkg.usageError(error.message, command: spec, context: context)
            case .success(let button):
                let (press, after) = ButtonPress.press(button, values: values, evaluator: setup.evaluator)
                presses.append(press)
                values = after
            }
        }
        var model = setup.evaluator.evaluate(values)
        var build: ConfigurationBuild?
        if arguments.flag("build") {
            guard let path = setup.definition.configurationBuilder else {
                context.stderr.write("Error: package.json has no 'configurationBuilder' to run\n")
                return .usage
            }
            let resolved = setup.repository.resolve(path)
            guard case .inside(let relative) = resolved, let source = setup.repository.source(relative) else {
                var why = ""
                if case .escapes(let reason) = resolved { why = ": " + reason }
                if let problem = setup.repository.accessProblems.first { why = ": " + problem.diagnostic.message }
                context.stderr.write("Error: cannot read the configuration builder '\(path)'\(why)\n")
                return .usage
            }
            build = ConfigurationBuild.run(source, values: model.values, evaluator: setup.evaluator, limits: setup.builderLimits)
        }
        let style = context.style(for: arguments)
        // Checks and the exit status use the real values; what is printed hides the secrets.
        let failed = presses.contains(where: { $0.outcome.failure != nil }) || build?.failure != nil
        let problems = !model.problems.isEmpty
        if !arguments.flag("show-secrets") {
            let mask = SecretMask(model: model, presses: presses)
            model = mask.hide(model)
            presses = presses.map(mask.hide)
            build = build.map(mask.hide)
        }
        switch arguments.value("format") {
        case "json":
            context.stdout.write(FormJSON.render(model, presses: presses, build: build) + "\n")
        case "markdown":
            context.stdout.write(MarkdownFormRenderer().render(model))
        case "sarif", "github":
            // The checks as findings, for CI annotations and code scanning.
            guard let package = setup.repository.package, let format = FindingsOutput.format(arguments) else { return .usage }
            let findings = model.findings(descriptor: package.source, valuesFile: arguments.value("values"))
            let report = FindingsReport(diagnostics: findings, files: 1, sources: [package.source.path: package.source],
                                        toolVersion: SlingrPkg.version, catalogue: .complete)
            FindingsOutput.write(report, format: format, arguments: arguments, context: context)
            return findings.isEmpty ? .success : .failure
        default:
            let renderer = FormRenderer(width: width, style: style, showHidden: arguments.flag("show-hidden"))
            var text = presses.map { renderer.render($0) }.joined()
            text += renderer.render(model)
            if let build { text += "\n" + renderer.render(build) }
            context.stdout.write(text)
        }
        if let deadline = setup.builderLimits.deadline, deadline.hasPassed {
            context.stderr.write("Error: the package's code ran past the time limit of \(deadline.durationText) (--timeout); expressions evaluated after it failed\n")
            return .failure
        }
        if failed { return .failure }
        if arguments.flag("check"), problems { return .failure }
        return .success
    }

    /// `--width`, else `COLUMNS`, else 80; nil when `--width` is not a number of at least 20.
    private static func width(_ arguments: ParsedArguments, context: CommandContext) -> Int? {
        if let text = arguments.value("width") {
            guard let number = Int(text), number >= FormRenderer.minimumWidth else { return nil }
            return min(number, 1000)
        }
        if let columns = context.environment["COLUMNS"].flatMap(Int.init), columns >= FormRenderer.minimumWidth { return min(columns, 1000) }
        return 80
    }
}

/// What `preview` and `configure` both read from the command line: the repository, the form,
/// the simulated environment and the starting values.
struct PreviewSetup {
    enum Loaded {
        case success(PreviewSetup)
        case failure(ExitStatus)
    }

    var repository: PackageRepository
    var definition: FormDefinition
    var evaluator: FormEvaluator
    var values: ConfigurationValues
    /// Limits of `configurationBuilder.js` (form expressions have the evaluator's).
    var builderLimits: Limits

    static func load(_ arguments: ParsedArguments, command: CommandSpec, context: CommandContext, allowStep: Bool) -> Loaded {
        guard let builderLimits = ScriptLimitOptions.limits(arguments, base: Limits(), command: command, context: context) else {
            return .failure(.usage)
        }
        var expressionLimits = FormEvaluator.expressionLimits
        expressionLimits.maxMemory = builderLimits.maxMemory
        if arguments.value("max-steps") != nil { expressionLimits.maxSteps = builderLimits.maxSteps }
        expressionLimits.deadline = builderLimits.deadline
        var timeout: Double?
        if command.name == ConfigureCommand.spec.name {
            // Answers take the user's time: each evaluation of the form gets the whole timeout.
            timeout = builderLimits.deadline?.seconds
            expressionLimits.deadline = nil
        }
        let given = arguments.positionals.first ?? "."
        guard context.fileSystem.isDirectory(context.absolutePath(given)) else {
            context.stderr.write("Error: '\(given)' is not a directory\n")
            return .failure(.usage)
        }
        let (root, directory) = context.packageRoot(given)
        var placeholders: [String: String] = [:]
        for (index, pair) in arguments.pairs("env").enumerated() {
            guard let (name, value) = pair else {
                return .failure(SlingrPkg.usageError("'--env' needs NAME=VALUE, not '\(arguments.all("env")[index])'", command: command, context: context))
            }
            placeholders[name] = value
        }
        var assignments: [(String, String)] = []
        for (index, pair) in arguments.pairs("set").enumerated() {
            guard let pair, !pair.0.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) else {
                return .failure(SlingrPkg.usageError("'--set' needs NAME=VALUE (dotted names for groups), not '\(arguments.all("set")[index])'", command: command, context: context))
            }
            assignments.append(pair)
        }
        let repository = PackageRepository(root: root, displayRoot: directory, fileSystem: context.fileSystem)
        let definition: FormDefinition
        do {
            definition = try FormDefinition.load(repository, step: allowStep ? arguments.value("step") : nil)
        } catch {
            if !error.diagnostics.isEmpty {
                let sources = repository.package.map { [$0.source.path: $0.source] } ?? [:]
                context.stderr.write(DiagnosticTextRenderer(sources: sources).render(error.diagnostics) + "\n")
            }
            context.stderr.write("Error: \(error.message)\n")
            return .failure(.usage)
        }
        let environment = FormEnvironment(app: arguments.value("app"), environment: arguments.value("environment"),
                                          packageName: definition.packageName, placeholders: placeholders,
                                          userId: arguments.value("user-id"), includesPlatformValues: !definition.isStep)
        var values = ConfigurationValues()
        if let path = arguments.value("values") {
            let source: SourceFile
            do {
                source = try context.readSource(path)
            } catch {
                context.stderr.write("Error: \(error.description)\n")
                return .failure(.usage)
            }
            let (read, diagnostics) = ConfigurationValues.read(source)
            if !diagnostics.isEmpty {
                context.stderr.write(DiagnosticTextRenderer(style: .plain, sources: [source.path: source]).render(diagnostics) + "\n")
            }
            guard let read else {
                context.stderr.write("Error: cannot read the values in '\(path)'\n")
                return .failure(.usage)
            }
            values = read
        }
        let known = Dictionary(definition.allFields.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for (name, text) in assignments {
            let depth = name.split(separator: ".", omittingEmptySubsequences: false).count
            guard depth <= ConfigurationValues.maximumDepth else {
                return .failure(SlingrPkg.usageError("'--set' name '\(name.prefix(40))...' is nested \(depth) levels deep; fields nest at most \(ConfigurationValues.maximumDepth) levels",
                                                     command: command, context: context))
            }
            guard let field = known[name] else {
                var message = "'--set \(name)=...' names no field of the form"
                if let suggestion = Suggestion.closest(to: name, in: known.keys.sorted()) { message += "; did you mean '\(suggestion)'?" }
                return .failure(SlingrPkg.usageError(message, command: command, context: context))
            }
            values.set(name, ConfigurationValues.typedValue(text, for: field), origin: .commandLine)
        }
        var evaluator = FormEvaluator(definition: definition, environment: environment, limits: expressionLimits)
        evaluator.timeout = timeout
        return .success(PreviewSetup(repository: repository, definition: definition, evaluator: evaluator,
                                     values: values, builderLimits: builderLimits))
    }
}
