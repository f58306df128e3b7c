import SlingrDiagnostics
import SlingrPackage
import SlingrRuntime

/// `slingr-pkg lint [DIR...]`: every rule over whole package repositories, for authors and CI.
enum LintCommand: Command {
    static let spec = CommandSpec(
        name: "lint",
        abstract: "Check whole package repositories: descriptors, files, scripts and expressions.",
        discussion: "Each repository is configured by its .slingr-pkg.json ({\"rules\": {\"rule-id\": \"off\"|\"note\"|\"warning\"|\"error\"}, \"ignore\": [\"glob\", ...]}) unless --config is given. Several repositories are linted in parallel and reported in the order given. Exit status: 0 when nothing reaches the fail level, 1 when something does (or warnings exceed --max-warnings), 2 for usage errors and unreadable input.",
        arguments: [ArgumentSpec("dir", help: "Package repositories to lint (default: the current folder).", isOptional: true, isRepeating: true)],
        options: [
            OptionSpec("config", valueName: "file", help: "Configuration file to use instead of each repository's .slingr-pkg.json."),
            FindingsOutput.formatOption(),
            OptionSpec("fail-level", valueName: "severity", help: "Lowest severity that fails the run.", choices: ["error", "warning", "note"], defaultValue: "error"),
            OptionSpec("max-warnings", valueName: "n", help: "Fail when there are more than this many warnings."),
            OptionSpec("rule", valueName: "id=severity", help: "Set a rule to off, note, warning or error for this run, over every configuration; repeatable.", isRepeatable: true,
                       completion: .listed(.ruleSettings)),
            OptionSpec("quiet", help: "Report errors only: warnings and notes are neither shown nor counted."),
            OptionSpec("fix", help: "Apply every fix the findings carry (see 'slingr-pkg rules': fixable rules fix only where one correction is certain), then report what remains."),
            OptionSpec("dry-run", help: "With --fix, print the changes as a unified diff (or in the JSON document) instead of writing them, then the findings that would remain."),
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
        var ruleSettings: [String: LintConfiguration.Setting] = [:]
        for (index, pair) in arguments.pairs("rule").enumerated() {
            let given = arguments.all("rule")[index]
            guard let (id, text) = pair, let setting = LintConfiguration.Setting(rawValue: text) else {
                return SlingrPkg.usageError("'--rule' needs ID=off|note|warning|error, not '\(given)'", command: spec, context: context)
            }
            guard RuleCatalogue.complete.description(of: id) != nil else {
                var message = "unknown rule '\(id)' in '--rule'"
                if let suggestion = Suggestion.closest(to: id, in: RuleCatalogue.complete.ids) { message += "; did you mean '\(suggestion)'?" }
                return SlingrPkg.usageError(message, command: spec, context: context)
            }
            ruleSettings[id] = setting
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
        var override: LintConfiguration?
        if let sharedSettings {
            let (read, problems) = sharedSettings.lintConfiguration(catalogue: .complete)
            override = read
            configurationFindings = problems
            sources[sharedSettings.source.path] = sharedSettings.source
        }
        for given in directories {
            guard context.fileSystem.isDirectory(context.absolutePath(given)) else {
                context.stderr.write("Error: '\(given)' is not a directory\n")
                return .usage
            }
            let (root, directory) = context.packageRoot(given)
            jobs.append(Linter.Job(root: root, displayRoot: directory, linter: Linter(configuration: override, catalogue: .complete,
                                                                                       ruleSettings: ruleSettings, errorsOnly: arguments.flag("quiet"))))
        }
        guard arguments.flag("fix"), !arguments.flag("dry-run") else {
            return lint(jobs, configurationFindings: configurationFindings, sources: sources, maximumWarnings: maximumWarnings,
                        arguments: arguments, context: context)
        }
        // Fixes are computed and written under each package's lock, so no other writer's
        // change is lost in between.
        let locks = jobs.map { (PathName.join($0.root, "package.json"), PathName.normalize(PathName.join($0.displayRoot, "package.json"))) }
        return context.withLocks(locks) {
            lint(jobs, configurationFindings: configurationFindings, sources: sources, maximumWarnings: maximumWarnings,
                 arguments: arguments, context: context)
        }
    }

    /// Lints (and with `--fix` fixes) the repositories and reports.
    private static func lint(_ jobs: [Linter.Job], configurationFindings: [Diagnostic], sources: [String: SourceFile], maximumWarnings: Int?,
                             arguments: ParsedArguments, context: CommandContext) -> ExitStatus {
        var sources = sources
        var reports: [Linter.Report]
        var fixes: [(job: Linter.Job, result: LintFixer.Result)] = []
        if arguments.flag("fix") {
            fixes = jobs.map { job in
                (job, LintFixer.fix(root: job.root, displayRoot: job.displayRoot, fileSystem: context.fileSystem, linter: job.linter))
            }
            reports = fixes.map(\.result.remaining)
        } else {
            reports = Linter.lint(jobs, fileSystem: context.fileSystem)
        }
        for report in reports { sources.merge(report.sources) { first, _ in first } }
        let diagnostics = configurationFindings + reports.flatMap(\.diagnostics)
        let format = FindingsOutput.format(arguments) ?? .text
        if !fixes.isEmpty {
            guard let written = writeFixes(fixes, dryRun: arguments.flag("dry-run"), format: format, context: context) else { return .usage }
            let report = FindingsReport(diagnostics: diagnostics, files: reports.reduce(0) { $0 + $1.filesChecked }, sources: sources,
                                        jsonMembers: [("fixes", written)], toolVersion: SlingrPkg.version, catalogue: .complete)
            FindingsOutput.write(report, format: format, arguments: arguments, context: context)
            return exitStatus(report, unreadable: reports.contains(where: \.hasUnreadableInput), arguments: arguments, maximumWarnings: maximumWarnings, context: context)
        }
        var report = FindingsReport(diagnostics: diagnostics, files: reports.reduce(0) { $0 + $1.filesChecked }, sources: sources,
                                    toolVersion: SlingrPkg.version, catalogue: .complete)
        if jobs.count > 1 {
            report.parts = zip(jobs, reports).map { ($0.displayRoot, DiagnosticSummary($1.diagnostics, files: $1.filesChecked)) }
        }
        FindingsOutput.write(report, format: format, arguments: arguments, context: context)
        return exitStatus(report, unreadable: reports.contains(where: \.hasUnreadableInput), arguments: arguments, maximumWarnings: maximumWarnings, context: context)
    }

    /// 2 when something that exists could not be read (unreadable input, whatever else was
    /// found); 1 when a finding reaches the fail level or the warnings exceed the maximum
    /// (saying so on standard error); else 0.
    private static func exitStatus(_ report: FindingsReport, unreadable: Bool, arguments: ParsedArguments, maximumWarnings: Int?,
                                   context: CommandContext) -> ExitStatus {
        if unreadable { return .usage }
        let failLevel = Severity(rawValue: arguments.value("fail-level") ?? "error") ?? .error
        if report.diagnostics.contains(where: { $0.severity >= failLevel }) { return .failure }
        if let maximumWarnings, report.summary.warnings > maximumWarnings {
            let count = report.summary.warnings
            context.stderr.write("Error: \(count) warning\(count == 1 ? "" : "s") exceed\(count == 1 ? "s" : "") the maximum of \(maximumWarnings)\n")
            return .failure
        }
        return .success
    }

    /// Writes each changed file atomically, or with `--dry-run` prints the diffs (into the JSON
    /// document with `--format json`, as text otherwise, before the remaining findings). Returns
    /// the fixes as JSON, `nil` after a write failed.
    private static func writeFixes(_ fixes: [(job: Linter.Job, result: LintFixer.Result)], dryRun: Bool, format: FindingsFormat,
                                   context: CommandContext) -> JSONOutput? {
        var applied = 0
        var files: [JSONOutput] = []
        for (_, result) in fixes {
            applied += result.fixesApplied
            for change in result.changes {
                let diff = UnifiedDiff.render(old: String(decoding: change.original, as: UTF8.self), new: String(decoding: change.fixed, as: UTF8.self),
                                              oldPath: "a/" + change.displayPath, newPath: "b/" + change.displayPath)
                files.append(.object([("file", .string(change.displayPath)), ("diff", .string(diff))]))
                if dryRun {
                    if format == .text { context.stdout.write(diff) }
                    continue
                }
                do {
                    try context.fileSystem.writeFileAtomically(change.absolutePath, change.fixed)
                } catch {
                    context.stderr.write("Error: cannot write '\(change.displayPath)': \(error.description)\n")
                    return nil
                }
            }
        }
        if dryRun, format == .text, !files.isEmpty { context.stdout.write("\n") }
        let verb = dryRun ? "would apply" : "applied"
        context.stderr.write("\(verb) \(applied) fix\(applied == 1 ? "" : "es") in \(files.count) file\(files.count == 1 ? "" : "s")\n")
        return .object([("dryRun", .bool(dryRun)), ("applied", .integer(applied)), ("files", .array(files))])
    }
}
