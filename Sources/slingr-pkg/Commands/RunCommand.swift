import SlingrDiagnostics
import SlingrPackage
import SlingrRuntime
import SlingrScript

/// `slingr-pkg run step|function|listener NAME`: runs package code on the emulated runtime and
/// prints its result, logs, events and HTTP exchanges (or the uncaught exception with its
/// JavaScript stack).
enum RunCommand: Command {
    /// What `run` runs.
    static let kinds = ["step", "function", "listener"]

    static let spec = CommandSpec(
        name: "run",
        abstract: "Run a flow step, library function or listener on an emulated Slingr runtime.",
        discussion: """
        Targets: 'step NAME' (inputs from --input and --inputs, over the defaults of its step.json), 'function LIBRARY.FUNCTION' (exports.FUNCTION of scripts/LIBRARY.js, arguments from --args), 'listener NAME' (callback(event): the event from --event, or a webhook event built from --body and --headers). The package runs in the sandboxed interpreter with config from --values and --set (defaults and configurationBuilder.js applied), sys.logs, sys.storage, sys.events and the rest of the platform emulated as 'slingr-pkg help runtime' describes. HTTP requests never reach the network: replies come from --http, or --record sends them for real once and saves the replies. Exit status: 0 when the code returned, 1 when it threw (the error is shown in the package's files with its stack), 2 for usage errors and unreadable input.
        """,
        arguments: [
            ArgumentSpec("kind", help: "step, function or listener.", choices: kinds),
            ArgumentSpec("name", help: "The step name, LIBRARY.FUNCTION, or the listener name.", completion: .byArgumentBefore(["step": .listed(.steps), "function": .listed(.functions), "listener": .listed(.listeners)])),
        ],
        options: [
            OptionSpec("input", valueName: "name=value", help: "A step input (typed by step.json: text as is, JSON for other types).", isRepeatable: true),
            OptionSpec("inputs", valueName: "file", help: "JSON object of step inputs."),
            OptionSpec("args", valueName: "json", help: "The function's arguments: a JSON array (or one JSON value)."),
            OptionSpec("event", valueName: "file", help: "JSON file with the event a listener receives."),
            OptionSpec("body", valueName: "text", help: "Webhook body for a listener (@file reads a file); JSON bodies arrive parsed."),
            OptionSpec("headers", valueName: "json", help: "Webhook headers for a listener, a JSON object."),
        ] + RuntimeSetup.options + [.format()]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        guard arguments.positionals.count == 2 else {
            return SlingrPkg.usageError("expected a kind (step, function or listener) and a name", command: spec, context: context)
        }
        let kind = arguments.positionals[0]
        let name = arguments.positionals[1]
        guard kinds.contains(kind) else {
            var message = "unknown target kind '\(kind)' (step, function or listener)"
            if let suggestion = Suggestion.closest(to: kind, in: kinds) { message += "; did you mean '\(suggestion)'?" }
            return SlingrPkg.usageError(message, command: spec, context: context)
        }
        let setup: RuntimeSetup
        switch RuntimeSetup.load(arguments, command: spec, context: context) {
        case .failure(let status): return status
        case .success(let loaded): setup = loaded
        }
        let target: RunTarget
        switch makeTarget(kind: kind, name: name, arguments, setup: setup, context: context) {
        case .failure(let status): return status
        case .success(let made): target = made
        }
        if case .step(let stepName, _) = target, PackageLayout(setup.repository).step(stepName) == nil {
            return SlingrPkg.usageError(PackageRuntime.unknownStepMessage(stepName, layout: PackageLayout(setup.repository)), command: spec, context: context)
        }
        if case .function(let library, _, _) = target, !PackageLayout(setup.repository).libraries.contains(where: { $0.name == library }) {
            let names = PackageLayout(setup.repository).libraries.map(\.name)
            var message = "no library '\(library)' (scripts/\(library).js)"
            if let suggestion = Suggestion.closest(to: library, in: names) { message += "; did you mean '\(suggestion)'?" }
            return SlingrPkg.usageError(message, command: spec, context: context)
        }
        guard let runtime = setup.makeRuntime(context: context) else { return .failure }
        let report = runtime.run(target)
        let saved = setup.save(runtime, context: context)
        let renderer = RunReportRenderer(style: context.style(for: arguments), sources: runtime.loadedSources)
        if arguments.value("format") == "json" {
            context.stdout.write(renderer.renderJSON(report))
        } else {
            context.stdout.write(renderer.renderText(report))
            context.stderr.write(renderer.renderErrors(report))
        }
        return report.failure == nil && saved ? .success : .failure
    }

    private enum MadeTarget {
        case success(RunTarget)
        case failure(ExitStatus)
    }

    private static func makeTarget(kind: String, name: String, _ arguments: ParsedArguments, setup: RuntimeSetup,
                                   context: CommandContext) -> MadeTarget {
        func usage(_ message: String) -> MadeTarget { .failure(SlingrPkg.usageError(message, command: spec, context: context)) }
        let stepOptions = ["input", "inputs"], functionOptions = ["args"], listenerOptions = ["event", "body", "headers"]
        let allowed = kind == "step" ? stepOptions : kind == "function" ? functionOptions : listenerOptions
        for option in stepOptions + functionOptions + listenerOptions where !allowed.contains(option) && arguments.value(option) != nil {
            return usage("'--\(option)' does not apply to a \(kind)")
        }
        switch kind {
        case "step":
            var inputs: HostValue = .object([])
            if let path = arguments.value("inputs") {
                guard let value = readJSON(path, context: context) else { return .failure(.usage) }
                guard case .object = value else { return usage("'--inputs' needs a JSON object of inputs") }
                inputs = value
            }
            let definition = try? FormDefinition.load(setup.repository, step: name)
            for (index, pair) in arguments.pairs("input").enumerated() {
                guard let (input, text) = pair else { return usage("'--input' needs NAME=VALUE, not '\(arguments.all("input")[index])'") }
                if let definition, definition.field(at: input) == nil {
                    var message = "step '\(name)' has no input '\(input)'"
                    let names = definition.allFields.map(\.path)
                    if let suggestion = Suggestion.closest(to: input, in: names) {
                        message += "; did you mean '\(suggestion)'?"
                    } else if !names.isEmpty {
                        message += " (inputs: " + names.map { "'\($0)'" }.joined(separator: ", ") + ")"
                    }
                    return usage(message)
                }
                inputs.set(input, ConfigurationValues.typedValue(text, for: definition?.field(at: input)))
            }
            return .success(.step(name, inputs: inputs))
        case "function":
            guard let dot = name.firstIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex else {
                return usage("a function is named LIBRARY.FUNCTION (api.get), not '\(name)'")
            }
            var values: [HostValue] = []
            if let text = arguments.value("args") {
                guard let value = RuntimeSetup.json(text, option: "args", context: context) else { return .failure(.usage) }
                if case .array(let items) = value { values = items } else { values = [value] }
            }
            return .success(.function(library: String(name[..<dot]), function: String(name[name.index(after: dot)...]), arguments: values))
        default:
            if let path = arguments.value("event") {
                if arguments.value("body") != nil || arguments.value("headers") != nil {
                    return usage("'--event' gives the whole event; use it without '--body' and '--headers'")
                }
                guard let event = readJSON(path, context: context) else { return .failure(.usage) }
                return .success(.listener(name, event: event))
            }
            var body = arguments.value("body") ?? ""
            if body.hasPrefix("@") {
                do {
                    let source = try context.readSource(String(body.dropFirst()))
                    body = String(decoding: source.bytes, as: UTF8.self)
                } catch {
                    context.stderr.write("Error: \(error.description)\n")
                    return .failure(.usage)
                }
            }
            var headers: HostValue = .object([])
            if let text = arguments.value("headers") {
                guard let value = RuntimeSetup.json(text, option: "headers", context: context) else { return .failure(.usage) }
                guard case .object = value else { return usage("'--headers' needs a JSON object") }
                headers = value
            }
            return .success(.listener(name, event: WebhookEvent.make(body: body, headers: headers)))
        }
    }

    private static func readJSON(_ path: String, context: CommandContext) -> HostValue? {
        let source: SourceFile
        do {
            source = try context.readSource(path)
        } catch {
            context.stderr.write("Error: \(error.description)\n")
            return nil
        }
        guard let value = RuntimeSetup.json(String(decoding: source.bytes, as: UTF8.self), option: path, context: context) else { return nil }
        return value
    }
}
