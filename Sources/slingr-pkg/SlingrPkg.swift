import SlingrDiagnostics
import SlingrRuntime

/// The `slingr-pkg` tool: finds the subcommand, parses its arguments, runs it, and turns usage
/// mistakes into `Error: ...` plus the usage line on stderr with exit status 2.
enum SlingrPkg {
    static let version = "0.1.0"

    static let abstract = "A toolkit for authors of Slingr packages: scaffold, validate, lint, resolve, evaluate and preview."
    static let discussion = ""

    /// Every subcommand, in the order help lists them. Adding a command is one line here.
    static let commands: [any Command.Type] = [
        NewCommand.self,
        AddCommand.self,
        ValidateCommand.self,
        LintCommand.self,
        RulesCommand.self,
        SchemaCommand.self,
        EvalCommand.self,
        ResolveCommand.self,
        OutdatedCommand.self,
        DocsCommand.self,
        PreviewCommand.self,
        ConfigureCommand.self,
        RunCommand.self,
        TestCommand.self,
        LspCommand.self,
        CompletionCommand.self,
    ]

    static func run(_ arguments: [String], context: CommandContext) -> ExitStatus {
        guard let first = arguments.first else {
            context.stdout.write(HelpFormatter.rootHelp(commands: commands, abstract: abstract, discussion: discussion))
            return .success
        }
        switch first {
        case "--version":
            context.stdout.write("\(HelpFormatter.tool) \(version)\n")
            return .success
        case "-h", "--help":
            context.stdout.write(HelpFormatter.rootHelp(commands: commands, abstract: abstract, discussion: discussion))
            return .success
        case "help":
            guard arguments.count > 1 else {
                context.stdout.write(HelpFormatter.rootHelp(commands: commands, abstract: abstract, discussion: discussion))
                return .success
            }
            if arguments[1] == "runtime" {
                context.stdout.write(RuntimeReference.text())
                return .success
            }
            guard let command = command(named: arguments[1]) else { return unknownCommand(arguments[1], context: context) }
            context.stdout.write(HelpFormatter.help(command.spec))
            return .success
        default:
            guard let command = command(named: first) else {
                if first.hasPrefix("-") {
                    return usageError("unknown option '\(first)'", usage: "\(HelpFormatter.tool) <subcommand>", helpHint: "\(HelpFormatter.tool) --help", context: context)
                }
                return unknownCommand(first, context: context)
            }
            let parsed: ParsedArguments
            do {
                parsed = try ArgumentParser.parse(Array(arguments.dropFirst()), spec: command.spec)
            } catch {
                return usageError(error.message, usage: HelpFormatter.usage(command.spec),
                                  helpHint: "\(HelpFormatter.tool) \(command.spec.name) --help", context: context)
            }
            if parsed.flag("help") {
                context.stdout.write(HelpFormatter.help(command.spec))
                return .success
            }
            return command.run(parsed, context: context)
        }
    }

    static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.spec.name == name }
    }

    private static func unknownCommand(_ name: String, context: CommandContext) -> ExitStatus {
        var message = "unknown command '\(name)'"
        if let suggestion = Suggestion.closest(to: name, in: commands.map { $0.spec.name }) {
            message += "; did you mean '\(suggestion)'?"
        }
        return usageError(message, usage: "\(HelpFormatter.tool) <subcommand>", helpHint: "\(HelpFormatter.tool) --help", context: context)
    }

    /// Prints a usage error the way swift-argument-parser does and returns exit status 2.
    static func usageError(_ message: String, usage: String, helpHint: String, context: CommandContext) -> ExitStatus {
        context.stderr.write("Error: \(message)\nUsage: \(usage)\n  See '\(helpHint)' for more information.\n")
        return .usage
    }

    /// For commands: a usage error discovered after parsing (bad combination of options).
    static func usageError(_ message: String, command: CommandSpec, context: CommandContext) -> ExitStatus {
        usageError(message, usage: HelpFormatter.usage(command), helpHint: "\(HelpFormatter.tool) \(command.name) --help", context: context)
    }
}
