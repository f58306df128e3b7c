import SlingrDiagnostics
import SlingrPackage
import SlingrVersions

/// `slingr-pkg outdated [DIR]`: current, wanted and latest version per dependency, like
/// `npm outdated`, and what each upgrade policy would offer; with `--write`, rewrites the
/// requirements to what the policy offers.
///
/// Writing is a mode of this command rather than a separate `upgrade`: it needs the same
/// sources, cache options and resolution, and writes exactly the offers this report shows.
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

        --write rewrites each requirement the policy (default: compatible) offers an update for in package.json, \
        keeping its prefix (^v1.8.5 becomes ^v1.9.1) and every other byte of the file, under its lock file and \
        atomically, and prints what changed. Requirements that cannot be resolved are refused and left as they are. \
        With --dry-run it prints the change as a unified diff instead.

        Exit status: 0 (also when something is outdated, unless --exit-code is given: then 1), \
        1 when a requirement is malformed or the descriptor has errors in its dependencies (with --write: when a \
        requirement was refused), \
        2 for usage errors, unreadable files and unreachable sources.
        """,
        arguments: [ArgumentSpec("dir", help: "The package folder (default: the current folder).", isOptional: true)],
        options: ResolveCommand.sourceOptions + [
            OptionSpec("policy", valueName: "policy", help: "Upgrade policy deciding what counts as outdated.",
                       choices: ["compatible", "bugfix", "bug-fixes", "manual", "latest"]),
            OptionSpec("exit-code", help: "Exit with status 1 when a dependency is outdated."),
            OptionSpec("write", help: "Rewrite the requirements in package.json to what --policy offers."),
            OptionSpec("dry-run", help: "With --write, print the change as a unified diff instead of writing it."),
            FindingsOutput.formatOption(),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        if arguments.flag("dry-run"), !arguments.flag("write") {
            return SlingrPkg.usageError("'--dry-run' only makes sense with '--write'", command: spec, context: context)
        }
        if arguments.flag("write"), arguments.value("format").map({ $0 != "text" }) == true {
            return SlingrPkg.usageError("'--write' prints text; '--format' does not apply", command: spec, context: context)
        }
        guard let request = ResolveCommand.makeRequest(arguments, spec: spec, context: context) else { return .usage }
        if arguments.flag("write") {
            let descriptor = PathName.join(request.packageDirectory, "package.json")
            let shown = PathName.normalize(PathName.join(request.displayDirectory, "package.json"))
            if arguments.flag("dry-run") { return write(request, arguments: arguments, context: context) }
            return context.withLock(descriptor, shown: shown) { write(request, arguments: arguments, context: context) }
        }
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

    /// `--write`: resolves (with package.json read under its lock), rewrites the requirements the
    /// policy offers updates for, and says what changed.
    private static func write(_ request: VersionsRequest, arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        let policy = arguments.value("policy").flatMap(UpgradePolicy.init(name:)) ?? .compatibleVersion
        let outcome: VersionsOutcome
        switch PackageVersions.resolve(request, fileSystem: context.fileSystem) {
        case .failure(let failure): return ResolveCommand.report(failure, arguments: arguments, context: context)
        case .success(let resolved): outcome = resolved
        }
        guard let source = outcome.sources.first else { return .usage }
        let upgrades: RequirementUpgrades
        do {
            upgrades = try RequirementUpgrades(OutdatedReport(outcome.resolution, policy: policy), policy: policy, descriptor: source)
        } catch {
            context.stderr.write("Error: cannot edit '\(source.path)': \(error.description)\n")
            return .usage
        }
        let diagnostics = ResolveCommand.shown(outcome.diagnostics, arguments)
        defer { ResolveCommand.writeDiagnostics(diagnostics, sources: outcome.sources, arguments: arguments, context: context) }
        if arguments.flag("dry-run") {
            if upgrades.updated != upgrades.original {
                context.stdout.write(UnifiedDiff.render(old: String(decoding: upgrades.original, as: UTF8.self), new: String(decoding: upgrades.updated, as: UTF8.self),
                                                        oldPath: "a/" + source.path, newPath: "b/" + source.path))
            }
            context.stdout.write(upgrades.text(descriptor: source.path))
            return upgrades.refusals.isEmpty ? .success : .failure
        }
        if upgrades.updated != upgrades.original {
            do {
                try context.fileSystem.writeFileAtomically(PathName.join(request.packageDirectory, "package.json"), upgrades.updated)
            } catch {
                context.stderr.write("Error: cannot write '\(source.path)': \(error.description)\n")
                return .usage
            }
        }
        context.stdout.write(upgrades.text(descriptor: source.path))
        return upgrades.refusals.isEmpty ? .success : .failure
    }
}
