import SlingrDiagnostics
import SlingrPackage
import SlingrVersions

/// `slingr-pkg outdated [DIR]`: current, wanted and latest version per dependency, like
/// `npm outdated`, and what each upgrade policy would offer.
enum OutdatedCommand: Command {
    static let spec = CommandSpec(
        name: "outdated",
        abstract: "List dependencies with newer releases and what each upgrade policy offers.",
        discussion: """
        current is the version the requirement names (v1.0.2 for ^v1.0.2), wanted the highest release that \
        satisfies the requirement, latest the highest release. Upgrade policies, as apps record them: \
        compatible (same X), bugfix (same X.Y), manual (nothing), latest (anything newer). \
        A dependency is outdated when --policy offers an update, or without --policy when latest is newer than current. \
        Sources and cache are as for 'resolve'.

        Exit status: 0 (also when something is outdated, unless --exit-code is given: then 1), \
        1 when a requirement is malformed or the descriptor has errors in its dependencies, \
        2 for usage errors, unreadable files and unreachable sources.
        """,
        arguments: [ArgumentSpec("dir", help: "The package folder (default: the current folder).", isOptional: true)],
        options: ResolveCommand.sourceOptions + [
            OptionSpec("policy", valueName: "policy", help: "Upgrade policy deciding what counts as outdated.",
                       choices: ["compatible", "bugfix", "manual", "latest"]),
            OptionSpec("exit-code", help: "Exit with status 1 when a dependency is outdated."),
            FindingsOutput.formatOption(),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        guard let request = ResolveCommand.makeRequest(arguments, spec: spec, context: context) else { return .usage }
        switch PackageVersions.resolve(request, fileSystem: context.fileSystem) {
        case .failure(let failure):
            return ResolveCommand.report(failure, arguments: arguments, context: context)
        case .success(let outcome):
            let report = OutdatedReport(outcome.resolution, policy: arguments.value("policy").flatMap(UpgradePolicy.init(name:)))
            let diagnostics = ResolveCommand.shown(outcome.diagnostics, arguments)
            switch arguments.value("format") {
            case "json":
                context.stdout.write(report.json(diagnostics: diagnostics).rendered(indent: 2) + "\n")
            case "sarif", "github":
                ResolveCommand.writeFindings(diagnostics, outcome: outcome, arguments: arguments, context: context)
            default:
                context.stdout.write(report.text())
                ResolveCommand.writeDiagnostics(diagnostics, sources: outcome.sources, arguments: arguments, context: context)
            }
            if outcome.diagnostics.contains(where: { $0.severity == .error }) { return .failure }
            return arguments.flag("exit-code") && report.hasOutdated ? .failure : .success
        }
    }
}
