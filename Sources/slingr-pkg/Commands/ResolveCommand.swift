#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SlingrDiagnostics
import SlingrPackage
import SlingrRuntime
import SlingrVersions

/// `slingr-pkg resolve [DIR]`: what each dependency requirement resolves to, the latest
/// release, and whether the whole dependency graph is consistent.
enum ResolveCommand: Command {
    static let spec = CommandSpec(
        name: "resolve",
        abstract: "Show what each dependency resolves to and check the dependency graph.",
        discussion: """
        Released versions come from a registry file ({"packages": {name: [tags]}, "services": {name: [tags]}}) \
        and from git repositories (their tags; package.json at each tag gives the transitive graph). \
        '.slingr-pkg.json' in the package folder may name both: "registry" (a path) and "sources" (name to URL or path). \
        A repository given as a path is read in place; for URLs and bundles, tag lists and fetched repositories \
        are cached in $XDG_CACHE_HOME/slingr-pkg (or ~/.cache/slingr-pkg): the cache is used whenever it has an \
        answer, --refresh asks the sources again, --offline never leaves the machine.

        Requirements are vX.Y.Z (exactly), ^vX.Y.Z (same X, at least X.Y.Z; also for X = 0, unlike npm) \
        and ~vX.Y.Z (same X.Y). Pre-releases are only chosen when the requirement names one of the same X.Y.Z.

        Exit status: 0 when every requirement is satisfied, 1 when one is malformed or cannot be satisfied \
        (or the graph has a conflict or a cycle), 2 for usage errors, unreadable files and unreachable sources.
        """,
        arguments: [ArgumentSpec("dir", help: "The package folder (default: the current folder).", isOptional: true)],
        options: sourceOptions + [FindingsOutput.formatOption(extra: ["tree"])]
    )

    /// Options shared with `outdated`.
    static let sourceOptions: [OptionSpec] = [
        OptionSpec("registry", valueName: "file", help: "Registry file listing released tags per package and service."),
        OptionSpec("git", valueName: "name=url", help: "Read the releases of NAME from a git repository (URL or path); repeatable.", isRepeatable: true),
        OptionSpec("offline", help: "Use only cached tag lists and repositories."),
        OptionSpec("refresh", help: "Ask every git source again instead of using the cache."),
        OptionSpec("verbose", help: "Also list tags that are not versions (such as 'develop'), which are skipped."),
    ]

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        guard let request = makeRequest(arguments, spec: spec, context: context) else { return .usage }
        switch PackageVersions.resolve(request, fileSystem: context.fileSystem) {
        case .failure(let failure):
            return report(failure, arguments: arguments, context: context)
        case .success(let outcome):
            let diagnostics = shown(outcome.diagnostics, arguments)
            switch arguments.value("format") {
            case "json":
                context.stdout.write(ResolveReport.json(outcome.resolution, diagnostics: diagnostics).rendered(indent: 2) + "\n")
            case "sarif", "github":
                writeFindings(diagnostics, outcome: outcome, arguments: arguments, context: context)
            case "tree":
                context.stdout.write(ResolveReport.tree(outcome.resolution))
                writeDiagnostics(diagnostics, sources: outcome.sources, arguments: arguments, context: context)
                context.stdout.write("\n" + ResolveReport.summary(outcome.resolution) + "\n")
            default:
                context.stdout.write(ResolveReport.table(outcome.resolution))
                writeDiagnostics(diagnostics, sources: outcome.sources, arguments: arguments, context: context)
                context.stdout.write("\n" + ResolveReport.summary(outcome.resolution) + "\n")
            }
            return outcome.failed ? .failure : .success
        }
    }

    /// Turns the command line and the environment into a request; `nil` after printing a usage error.
    static func makeRequest(_ arguments: ParsedArguments, spec: CommandSpec, context: CommandContext) -> VersionsRequest? {
        if arguments.flag("offline"), arguments.flag("refresh") {
            _ = SlingrPkg.usageError("'--offline' and '--refresh' cannot be used together", command: spec, context: context)
            return nil
        }
        var gitSources: [GitSource] = []
        for (index, pair) in arguments.pairs("git").enumerated() {
            guard let (name, location) = pair, !location.isEmpty else {
                _ = SlingrPkg.usageError("'--git' expects NAME=URL_OR_PATH; got '\(arguments.all("git")[index])'", command: spec, context: context)
                return nil
            }
            gitSources.removeAll { $0.name == name }
            gitSources.append(GitSource(name: name, location: location, baseDirectory: context.currentDirectory))
        }
        let (root, directory) = context.packageRoot(arguments.positionals.first)
        let registry = arguments.value("registry")
        return VersionsRequest(
            packageDirectory: root,
            displayDirectory: directory,
            registry: registry.map(context.absolutePath),
            registryDisplay: registry,
            gitSources: gitSources,
            cacheDirectory: cacheDirectory(context),
            cachePolicy: arguments.flag("offline") ? .offline : (arguments.flag("refresh") ? .refresh : .preferCache),
            git: GitClient(runner: ProcessRunner(baseEnvironment: context.environment))
        )
    }

    /// `$XDG_CACHE_HOME/slingr-pkg`, else `$HOME/.cache/slingr-pkg`, else a folder of this user
    /// in `/tmp` (containers often have no home).
    static func cacheDirectory(_ context: CommandContext) -> String {
        if let base = context.environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            return PathName.join(base, "slingr-pkg")
        }
        if let home = context.environment["HOME"], home.hasPrefix("/") {
            return PathName.join(home, ".cache/slingr-pkg")
        }
        return "/tmp/slingr-pkg-cache-\(getuid())"
    }

    /// Skipped tags are notes, shown with `--verbose` only.
    static func shown(_ diagnostics: [Diagnostic], _ arguments: ParsedArguments) -> [Diagnostic] {
        arguments.flag("verbose") ? diagnostics : diagnostics.filter { $0.ruleId != Resolver.skippedTagRule }
    }

    /// Only the findings, through the reporter family (SARIF for code scanning, GitHub
    /// annotations).
    static func writeFindings(_ diagnostics: [Diagnostic], outcome: VersionsOutcome, arguments: ParsedArguments, context: CommandContext) {
        guard let format = FindingsOutput.format(arguments) else { return }
        let report = FindingsReport(diagnostics: diagnostics, files: outcome.sources.count,
                                    sources: Dictionary(outcome.sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }),
                                    toolVersion: SlingrPkg.version, catalogue: .complete)
        FindingsOutput.write(report, format: format, arguments: arguments, context: context)
    }

    /// A blank line and the diagnostics, when there are any.
    static func writeDiagnostics(_ diagnostics: [Diagnostic], sources: [SourceFile], arguments: ParsedArguments, context: CommandContext) {
        guard !diagnostics.isEmpty else { return }
        let renderer = DiagnosticTextRenderer(
            style: context.style(for: arguments),
            sources: Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        )
        context.stdout.write("\n" + renderer.render(diagnostics))
    }

    /// Unreadable input or an unreachable source: `Error: ...` and any located details on
    /// stderr, exit status 2.
    static func report(_ failure: VersionsFailure, arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        context.stderr.write("Error: \(failure.message)\n")
        if !failure.diagnostics.isEmpty {
            let renderer = DiagnosticTextRenderer(
                style: .plain,
                sources: Dictionary(failure.sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            )
            context.stderr.write(renderer.render(failure.diagnostics))
        }
        return .usage
    }
}
