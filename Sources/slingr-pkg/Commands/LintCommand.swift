import SlingrDiagnostics
import SlingrPackage

/// `slingr-pkg lint [DIR...]`: every rule over whole package repositories, for authors and CI.
enum LintCommand: Command {
    static let spec = CommandSpec(
        name: "lint",
        abstract: "Check whole package repositories: descriptors, files, scripts and expressions.",
        discussion: "Each repository is configured by its .slingr-pkg.json ({\"rules\": {\"rule-id\": \"off\"|\"note\"|\"warning\"|\"error\"}, \"ignore\": [\"glob\", ...]}) unless --config is given. Several repositories are linted in parallel and reported in the order given. Exit status: 0 when nothing reaches the fail level, 1 when something does (or warnings exceed --max-warnings), 2 for usage errors and unreadable input.",
        arguments: [ArgumentSpec("dir", help: "Package repositories to lint (default: the current folder).", isOptional: true, isRepeating: true)],
        options: [
            OptionSpec("config", valueName: "file", help: "Configuration file to use instead of each repository's .slingr-pkg.json."),
            .format(["text", "json", "sarif", "github"]),
            OptionSpec("fail-level", valueName: "severity", help: "Lowest severity that fails the run.", choices: ["error", "warning", "note"], defaultValue: "error"),
            OptionSpec("max-warnings", valueName: "n", help: "Fail when there are more than this many warnings."),
            OptionSpec("fix", help: "Apply safe fixes (booleans written as strings, version prefixes, metadata entries for unlisted steps and UI services)."),
            OptionSpec("dry-run", help: "With --fix, print the changes as a unified diff instead of writing them."),
        ]
    )

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        let directories = arguments.positionals.isEmpty ? ["."] : arguments.positionals
        var maximumWarnings: Int?
        if let text = arguments.value("max-warnings") {
            guard let number = Int(text), number >= 0 else {
                return SlingrPkg.usageError("'--max-warnings' needs a non-negative number, not '\(text)'", command: spec, context: context)
            }
            maximumWarnings = number
        }
        if arguments.flag("dry-run"), !arguments.flag("fix") {
            return SlingrPkg.usageError("'--dry-run' only makes sense with '--fix'", command: spec, context: context)
        }
        var sharedSettings: ProjectSettings?
        if let configPath = arguments.value("config") {
            do {
                guard let settings = try ProjectSettings.load(context.absolutePath(configPath), displayPath: configPath, fileSystem: context.fileSystem) else {
                    context.stderr.write("Error: no such file or directory: '\(configPath)'\n")
                    return .usage
                }
                sharedSettings = settings
            } catch {
                context.stderr.write("Error: \(FileSystemError(path: configPath, reason: error.reason).description)\n")
                return .usage
            }
        }
        var jobs: [Linter.Job] = []
        var configurationFindings: [Diagnostic] = []
        var sources: [String: SourceFile] = [:]
        for directory in directories {
            let root = context.absolutePath(directory)
            guard context.fileSystem.isDirectory(root) else {
                context.stderr.write("Error: '\(directory)' is not a directory\n")
                return .usage
            }
            var settings = sharedSettings
            if settings == nil {
                let displayPath = PathName.normalize(PathName.join(directory, ProjectSettings.fileName))
                do {
                    settings = try ProjectSettings.load(in: FileSystemBoundary(root: root, name: "the repository", fileSystem: context.fileSystem),
                                                        displayPath: displayPath)
                } catch {
                    context.stderr.write("Error: \(FileSystemError(path: displayPath, reason: error.reason).description)\n")
                    return .usage
                }
            }
            var configuration = LintConfiguration()
            if let settings {
                let (read, problems) = settings.lintConfiguration()
                configuration = read
                if sharedSettings == nil || jobs.isEmpty { configurationFindings += problems }
                sources[settings.source.path] = settings.source
            }
            jobs.append(Linter.Job(root: root, displayRoot: directory, linter: Linter(configuration: configuration)))
        }
        if arguments.flag("fix") {
            let status = applyFixes(jobs, dryRun: arguments.flag("dry-run"), context: context)
            if status != .success || arguments.flag("dry-run") { return status }
        }
        let reports = Linter.lint(jobs, fileSystem: context.fileSystem)
        let diagnostics = configurationFindings + reports.flatMap(\.diagnostics)
        let summary = DiagnosticSummary(diagnostics, files: reports.reduce(0) { $0 + $1.filesChecked })
        for report in reports {
            for source in report.sources where sources[source.path] == nil { sources[source.path] = source }
        }
        switch arguments.value("format") {
        case "json":
            context.stdout.write(DiagnosticJSONRenderer.render(diagnostics, summary: summary))
        case "sarif":
            context.stdout.write(SARIFReporter.render(diagnostics, rules: RuleRegistry.all, toolVersion: SlingrPkg.version))
        case "github":
            context.stdout.write(GitHubActionsReporter.render(diagnostics))
        default:
            let renderer = DiagnosticTextRenderer(style: context.style(for: arguments), sources: sources)
            let text = renderer.render(diagnostics)
            context.stdout.write(text + (text.isEmpty ? "" : "\n") + DiagnosticTextRenderer.summaryLine(summary) + "\n")
        }
        if reports.contains(where: \.hasUnreadableInput) { return .usage }
        let failLevel = Severity(rawValue: arguments.value("fail-level") ?? "error") ?? .error
        if diagnostics.contains(where: { $0.severity >= failLevel }) { return .failure }
        if let maximumWarnings, summary.warnings > maximumWarnings { return .failure }
        return .success
    }

    /// Runs the fixer on every repository; writes each changed file atomically, or prints diffs.
    private static func applyFixes(_ jobs: [Linter.Job], dryRun: Bool, context: CommandContext) -> ExitStatus {
        var fixes = 0
        var files = 0
        for job in jobs {
            let result = LintFixer.fix(root: job.root, displayRoot: job.displayRoot, fileSystem: context.fileSystem, linter: job.linter)
            for change in result.changes {
                if dryRun {
                    context.stdout.write(UnifiedDiff.render(old: String(decoding: change.original, as: UTF8.self), new: String(decoding: change.fixed, as: UTF8.self),
                                                            oldPath: "a/" + change.displayPath, newPath: "b/" + change.displayPath))
                } else {
                    do {
                        try context.fileSystem.writeFileAtomically(change.absolutePath, change.fixed)
                    } catch {
                        context.stderr.write("Error: cannot write '\(change.displayPath)': \(error.description)\n")
                        return .usage
                    }
                }
            }
            fixes += result.fixesApplied
            files += result.changes.count
        }
        let verb = dryRun ? "would apply" : "applied"
        context.stderr.write("\(verb) \(fixes) fix\(fixes == 1 ? "" : "es") in \(files) file\(files == 1 ? "" : "s")\n")
        return .success
    }
}
