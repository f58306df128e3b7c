import SlingrDiagnostics
import SlingrPackage
import SlingrRuntime

/// `slingr-pkg completion bash|zsh|fish` prints a completion script generated from the command
/// declarations; the hidden `--list <list>` answers the scripts' questions while completing
/// (flow steps, library functions and listeners of the package here, rule ids of this version).
enum CompletionCommand: Command {
    static let shells = ["bash", "zsh", "fish"]

    static let spec = CommandSpec(
        name: "completion",
        abstract: "Print a completion script for bash, zsh or fish.",
        discussion: """
        The script completes every command, option and enumerated value: formats, kinds, policies, \
        rule ids, and the flow steps, library functions and listeners of the package the command line \
        names (or of the one in the current folder).

        bash: add 'source <(slingr-pkg completion bash)' to ~/.bashrc, or save the script as \
        ~/.local/share/bash-completion/completions/slingr-pkg (with the bash-completion package).

        zsh: save it as _slingr-pkg in a folder of $fpath before compinit runs, or add \
        'source <(slingr-pkg completion zsh)' after compinit in ~/.zshrc.

        fish: save it as ~/.config/fish/completions/slingr-pkg.fish.
        """,
        arguments: [ArgumentSpec("shell", help: "The shell: bash, zsh or fish.", isOptional: true, choices: shells)],
        options: [
            OptionSpec("list", valueName: "list", help: "Print the names the scripts complete from, one a line.",
                       choices: CompletionList.allCases.map(\.rawValue), isHidden: true),
            OptionSpec("word", valueName: "word", help: "A word of the command line being completed, in order (the package it names is the one listed).",
                       isRepeatable: true, isHidden: true),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        if let name = arguments.value("list"), let list = CompletionList(rawValue: name) {
            for item in items(list, folder: packageFolder(arguments.all("word")), context: context) { context.stdout.write(item + "\n") }
            return .success
        }
        guard let shell = arguments.positionals.first else {
            return SlingrPkg.usageError("missing expected argument '<shell>'", command: spec, context: context)
        }
        let script = CompletionScript(commands: SlingrPkg.commands.map { $0.spec })
        switch shell {
        case "bash": context.stdout.write(script.bash)
        case "zsh": context.stdout.write(script.zsh)
        case "fish": context.stdout.write(script.fish)
        default:
            var message = "unknown shell '\(shell)'; expected one of: \(shells.joined(separator: ", "))"
            if let suggestion = Suggestion.closest(to: shell, in: shells) { message += "; did you mean '\(suggestion)'?" }
            return SlingrPkg.usageError(message, command: spec, context: context)
        }
        return .success
    }

    /// The package folder a command line being completed names (`run -C <dir>`, `--package`,
    /// `--dir`, or an argument `<dir>` as in `preview <dir>`); nil for the current folder.
    static func packageFolder(_ words: [String]) -> String? {
        guard let name = words.first, let command = SlingrPkg.command(named: name),
              let parsed = try? ArgumentParser.parse(Array(words.dropFirst()), spec: command.spec, partial: true) else { return nil }
        if let folder = parsed.value("package") ?? parsed.value("dir") { return folder }
        guard let index = command.spec.arguments.firstIndex(where: { $0.name == "dir" }), index < parsed.positionals.count else { return nil }
        return parsed.positionals[index]
    }

    /// The names of a list, for the package in (or above) `folder` where it matters.
    static func items(_ list: CompletionList, folder: String?, context: CommandContext) -> [String] {
        switch list {
        case .steps, .functions, .listeners:
            let repository = PackageRepository(root: context.packageRoot(folder).absolute, displayRoot: ".", fileSystem: context.fileSystem)
            guard repository.package != nil else { return [] }
            switch list {
            case .functions: return RunnableNames.libraryFunctions(repository)
            case .listeners: return RunnableNames.listeners(repository)
            default: return PackageLayout(repository).steps.map(\.name)
            }
        case .rules:
            return RuleCatalogue.complete.ids
        case .ruleSettings:
            return RuleCatalogue.complete.ids.flatMap { id in LintConfiguration.Setting.allCases.map { "\(id)=\($0.rawValue)" } }
        }
    }
}
