import SlingrDiagnostics
import SlingrJSON
import SlingrPackage
import SlingrScript

/// `slingr-pkg eval '<expression>'`: evaluates a configuration expression (or, with
/// `--statements`, a button action) in the sandboxed interpreter, with configuration values
/// from a JSON file and the command line, and prints the result as JavaScript would show it.
enum EvalCommand: Command {
    /// The platform values `--env` accepts, as members of `config` (plus the `sys` answers).
    static let environmentNames = [
        "WEBHOOK_URL", "WEBHOOK_SYNC_URL", "AUTH_CALLBACK_URL", "SERVER_URL", "ENV", "SERVICE_NAME",
        "CURRENT_USER_ID", "APP_URL",
    ]

    static let spec = CommandSpec(
        name: "eval",
        abstract: "Evaluate a configuration expression or button action like the Slingr form does.",
        discussion: "The expression sees 'config' (values from --config and --set, nested groups as objects), '@config.x' references, 'utils' and the platform values given with --env. With --statements the code runs as a statement list, like a button action, and the resulting 'config' is printed. Strings print as they are, other values as JavaScript shows them (objects as JSON). " + ScriptLimitOptions.summary(Limits()) + " Exit status: 0 on success, 1 when evaluation fails or hits a limit, 2 for usage errors and unreadable files.",
        arguments: [ArgumentSpec("expression", help: "The JavaScript expression (or statements) to evaluate; '-' reads it from standard input.")],
        options: [
            OptionSpec("statements", help: "Run a statement list (a button action) and print the resulting config."),
            OptionSpec("config", valueName: "values.json", help: "A JSON object with the configuration values."),
            OptionSpec("set", valueName: "name=value", help: "Set one configuration value (a dotted path for groups); the value is read as JSON when it parses, else as a string.", isRepeatable: true),
            OptionSpec("env", valueName: "NAME=VALUE", help: "A platform value: " + environmentNames.joined(separator: ", ") + ".", isRepeatable: true),
            .format(),
        ] + ScriptLimitOptions.options(defaultSteps: Limits().maxSteps)
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        guard let argument = arguments.positionals.first else {
            return SlingrPkg.usageError("missing expression", command: spec, context: context)
        }
        // Long code does not fit in one command-line argument (Linux caps each at 128 KB).
        let source = argument == "-" ? String(decoding: context.readStandardInput(), as: UTF8.self) : argument
        let json = arguments.value("format") == "json"
        var environment = SlingrEnvironment()
        if let path = arguments.value("config") {
            guard let config = readConfig(path, context: context) else { return .usage }
            environment.config = config
        }
        for pair in arguments.pairs("set") {
            guard let (name, text) = pair else {
                return SlingrPkg.usageError("--set expects name=value", command: spec, context: context)
            }
            let depth = name.split(separator: ".", omittingEmptySubsequences: false).count
            guard depth <= ConfigurationValues.maximumDepth else {
                return SlingrPkg.usageError("'--set' name '\(name.prefix(40))...' is nested \(depth) levels deep; values nest at most \(ConfigurationValues.maximumDepth) levels",
                                            command: spec, context: context)
            }
            environment.config = setting(environment.config, path: name.split(separator: ".").map(String.init), to: parseValue(text))
        }
        for pair in arguments.pairs("env") {
            guard let (name, value) = pair, environmentNames.contains(name) else {
                let given = arguments.all("env").first { !$0.contains("=") || !environmentNames.contains(String($0.prefix { $0 != "=" })) } ?? ""
                var message = "--env expects NAME=VALUE with NAME one of " + environmentNames.joined(separator: ", ")
                if let suggestion = Suggestion.closest(to: String(given.prefix { $0 != "=" }), in: environmentNames) {
                    message += "; did you mean '\(suggestion)'?"
                }
                return SlingrPkg.usageError(message, command: spec, context: context)
            }
            switch name {
            case "WEBHOOK_URL": environment.platform.webhookURL = value
            case "WEBHOOK_SYNC_URL": environment.platform.webhookSyncURL = value
            case "AUTH_CALLBACK_URL": environment.platform.authCallbackURL = value
            case "SERVER_URL": environment.platform.serverURL = value
            case "ENV": environment.platform.env = value
            case "SERVICE_NAME": environment.platform.serviceName = value
            case "CURRENT_USER_ID": environment.currentUserId = value
            default: environment.appURL = value
            }
        }

        guard let limits = ScriptLimitOptions.limits(arguments, base: Limits(), command: spec, context: context) else { return .usage }
        let interpreter = ScriptInterpreter(environment: environment, limits: limits)
        let statements = arguments.flag("statements")
        let label = statements ? "<statements>" : "<expression>"
        do throws(ScriptError) {
            let value = statements ? try interpreter.runStatements(source) : try interpreter.evaluateExpression(source)
            let config = interpreter.global("config") ?? .undefined
            do throws(ScriptError) {
                // A result too large or too deep to print is an error at the whole source.
                if json {
                    var members: [(String, JSONOutput)] = [("value", output(try interpreter.checkedHostValue(value))), ("type", .string(typeName(value)))]
                    members.append(("display", .string(try interpreter.render(value))))
                    if statements { members.append(("config", output(try interpreter.checkedHostValue(config)))) }
                    members.append(("logs", logsJSON(interpreter)))
                    context.stdout.write(JSONOutput.object(members).rendered() + "\n")
                } else {
                    context.stdout.write(try interpreter.render(statements ? config : value) + "\n")
                    writeLogs(interpreter, context: context)
                }
            } catch {
                var located = error
                located.range = located.range ?? SourceRange(start: 0, end: source.utf8.count)
                throw located
            }
            return .success
        } catch {
            let file = SourceFile(path: label, text: source)
            var diagnostics = error.syntaxDiagnostics.isEmpty ? [error.diagnostic(in: file)] : error.syntaxDiagnostics
            if !statements, !error.syntaxDiagnostics.isEmpty, !diagnostics.isEmpty, JavaScriptParser.parseStatements(file).isValid {
                diagnostics[0].notes.append(Diagnostic.Note("this is a statement list, not an expression; run it with --statements"))
            }
            if json {
                let located = diagnostics.first?.location
                // What the code logged before it failed helps to see why.
                let members: [(String, JSONOutput)] = [
                    ("logs", logsJSON(interpreter)),
                    ("error", .object([
                        ("name", .string(error.name)), ("message", .string(error.message)),
                        ("description", .string(error.description)),
                        ("line", located.map { .integer($0.line) } ?? .null),
                        ("column", located.map { .integer($0.column) } ?? .null),
                    ])),
                ]
                context.stdout.write(JSONOutput.object(members).rendered() + "\n")
            } else {
                writeLogs(interpreter, context: context)
                let renderer = DiagnosticTextRenderer(style: context.style(for: arguments), sources: [label: file])
                context.stderr.write(renderer.render(diagnostics))
            }
            return .failure
        }
    }

    /// The log lines (within the log budget) and the count of those left out, on standard error.
    private static func writeLogs(_ interpreter: ScriptInterpreter, context: CommandContext) {
        for entry in interpreter.logs { context.stderr.write("\(entry.level.rawValue): \(entry.message)\n") }
        if let summary = interpreter.logSummary { context.stderr.write(summary + "\n") }
    }

    private static func logsJSON(_ interpreter: ScriptInterpreter) -> JSONOutput {
        var logs: [JSONOutput] = interpreter.logs.map { .object([("level", .string($0.level.rawValue)), ("message", .string($0.message))]) }
        if let summary = interpreter.logSummary { logs.append(.object([("level", .string("info")), ("message", .string(summary))])) }
        return .array(logs)
    }

    // MARK: Configuration values

    /// The values file as data; nil (after reporting why) when it is unreadable or not an object.
    private static func readConfig(_ path: String, context: CommandContext) -> HostValue? {
        let file: SourceFile
        do {
            file = try context.readSource(path)
        } catch {
            context.stderr.write("Error: \(error.description)\n")
            return nil
        }
        let parsed = JSONParser.parse(file)
        guard !parsed.hasErrors, let value = parsed.value else {
            let renderer = DiagnosticTextRenderer(style: .plain, sources: [file.path: file])
            context.stderr.write(renderer.render(parsed.diagnostics))
            return nil
        }
        guard value.members != nil else {
            context.stderr.write("Error: '\(path)' must hold a JSON object of configuration values\n")
            return nil
        }
        return host(value)
    }

    private static func host(_ value: JSONValue) -> HostValue {
        switch value.kind {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return .number(number.double ?? .nan)
        case .string(let text): return .string(text)
        case .array(let items): return .array(items.map(host))
        case .object(let members): return .object(members.map { ($0.key, host($0.value)) })
        }
    }

    /// A `--set` value: JSON when it parses as JSON, otherwise the text itself.
    private static func parseValue(_ text: String) -> HostValue {
        let parsed = JSONParser.parse(text, path: "--set")
        if !parsed.hasErrors, let value = parsed.value { return host(value) }
        return .string(text)
    }

    private static func setting(_ config: HostValue, path: [String], to value: HostValue) -> HostValue {
        guard let first = path.first else { return value }
        var object = config
        if case .object = object {} else { object = .object([]) }
        object.set(first, setting(object[first] ?? .object([]), path: Array(path.dropFirst()), to: value))
        return object
    }

    // MARK: JSON output

    private static func output(_ value: HostValue) -> JSONOutput {
        switch value {
        case .undefined, .null: return .null
        case .bool(let flag): return .bool(flag)
        case .number(let number): return number.isFinite ? .number(value.description) : .null
        case .string(let text): return .string(text)
        case .array(let items): return .array(items.map(output))
        case .object(let members): return .object(members.filter { $0.value != .undefined }.map { ($0.key, output($0.value)) })
        }
    }

    private static func typeName(_ value: Value) -> String {
        if case .object(let object) = value, object.isArray { return "array" }
        if case .null = value { return "null" }
        return value.typeName
    }
}
