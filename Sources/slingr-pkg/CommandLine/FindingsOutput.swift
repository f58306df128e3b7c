import SlingrDiagnostics
import SlingrPackage

/// Prints a command's findings in the `--format` the user chose, through the one reporter
/// family, and decides the exit status from the fail level.
enum FindingsOutput {
    /// The `--format` option of commands that report findings; `extra` lists formats of the
    /// command's own (`tree`, `markdown`), offered after the standard ones.
    static func formatOption(extra: [String] = []) -> OptionSpec {
        .format(FindingsFormat.names + extra)
    }

    /// `nil` when `--format` names one of the command's own formats.
    static func format(_ arguments: ParsedArguments) -> FindingsFormat? {
        FindingsFormat(rawValue: arguments.value("format") ?? "text")
    }

    static func write(_ report: FindingsReport, format: FindingsFormat, arguments: ParsedArguments, context: CommandContext) {
        context.stdout.write(format.reporter(style: context.style(for: arguments)).render(report))
    }
}
