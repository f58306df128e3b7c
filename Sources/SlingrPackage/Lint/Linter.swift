import Dispatch
import SlingrDiagnostics
import SlingrJSON
import Synchronization

/// Lints package repositories: descriptor validation, every cross-file rule, then the
/// configuration (severities, rules turned off, ignored paths).
public struct Linter: Sendable {
    /// The configuration to use instead of each repository's `.slingr-pkg.json` (`--config`);
    /// `nil` reads the repository's own.
    public var configuration: LintConfiguration?
    /// The rules the settings may name (the command line passes the complete catalogue).
    public var catalogue: RuleCatalogue
    /// `--rule id=setting` from the command line, over every configuration.
    public var ruleSettings: [String: LintConfiguration.Setting]
    /// `--quiet`: errors only (other findings are neither reported nor counted).
    public var errorsOnly: Bool

    public init(configuration: LintConfiguration? = nil, catalogue: RuleCatalogue = .package,
                ruleSettings: [String: LintConfiguration.Setting] = [:], errorsOnly: Bool = false) {
        self.configuration = configuration
        self.catalogue = catalogue
        self.ruleSettings = ruleSettings
        self.errorsOnly = errorsOnly
    }

    /// The findings of one repository, in report order, and how many files were examined.
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var filesChecked: Int
        /// The files read, by display path: excerpts quote these and nothing else, so a report
        /// never shows a file the repository was not allowed to open.
        public var sources: [String: SourceFile]
        /// Something exists that could not be read (`PackageRepository.unreadableFileRule`
        /// findings, which the configuration cannot turn off): exit status 2.
        public var hasUnreadableInput: Bool = false
    }

    public func lint(_ repository: PackageRepository) -> Report {
        var settingsFindings: [Diagnostic] = []
        var configuration = self.configuration ?? LintConfiguration()
        if self.configuration == nil, let settings = ProjectSettings.load(from: repository) {
            (configuration, settingsFindings) = settings.lintConfiguration(catalogue: catalogue)
        }
        repository.isIgnored = { [configuration] in configuration.isIgnored($0) }
        let context = LintContext(repository: repository)
        context.append(settingsFindings)
        guard let package = repository.package else {
            if repository.hasAccessProblem("package.json") { return finish(context, configuration: configuration) }
            context.report(PackageDescriptorRule.self, PackageDescriptorRule.message(repository.displayRoot), path: "package.json")
            return finish(context, configuration: configuration)
        }
        context.append(package.diagnostics)
        for (type, folder, kind) in [("flowStep", "flowSteps", DescriptorKind.step), ("uiService", "uiServices", .uiService)] {
            for component in repository.components(type: type, conventionalFolder: folder) {
                if let descriptor = repository.descriptor(PathName.join(component, kind.fileName), kind: kind) {
                    context.append(descriptor.diagnostics)
                }
            }
        }
        for rule in RuleCatalogue.lintRules { rule.init().check(context) }
        return finish(context, configuration: configuration)
    }

    /// One repository to lint with its own configuration.
    public struct Job: Sendable {
        public var root: String
        public var displayRoot: String
        public var linter: Linter

        public init(root: String, displayRoot: String, linter: Linter) {
            self.root = root
            self.displayRoot = displayRoot
            self.linter = linter
        }
    }

    /// Lints several repositories on all cores; reports come back in the order given, so output
    /// does not depend on scheduling.
    public static func lint(_ jobs: [Job], fileSystem: any FileSystem) -> [Report] {
        let results = ReportSlots(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            let repository = PackageRepository(root: job.root, displayRoot: job.displayRoot, fileSystem: fileSystem)
            results.store(job.linter.lint(repository), at: index)
        }
        return results.reports
    }

    private func finish(_ context: LintContext, configuration: LintConfiguration) -> Report {
        let repository = context.repository
        var suppressions: [String: Suppressions] = [:]
        for path in repository.package == nil ? [] : repository.javaScriptFiles {
            guard let script = repository.script(path), !script.result.comments.isEmpty else { continue }
            let found = Suppressions(script)
            if !found.directives.isEmpty { suppressions[path] = found }
        }
        var kept: [Diagnostic] = []
        func keep(_ diagnostic: Diagnostic, suppressible: Bool) {
            var diagnostic = diagnostic
            let relative = diagnostic.file.flatMap(repository.relativePath(ofDisplayPath:))
            guard var severity = configuration.severity(for: diagnostic, path: relative) else { return }
            if let setting = ruleSettings[diagnostic.ruleId] {
                guard let chosen = setting.severity else { return }
                severity = chosen
            }
            if errorsOnly, severity != .error { return }
            if let relative, configuration.isIgnored(relative, pointer: diagnostic.pointer) { return }
            if suppressible, let relative, let line = diagnostic.location?.line, suppressions[relative]?.suppresses(diagnostic.ruleId, atLine: line) == true {
                return
            }
            diagnostic.severity = severity
            kept.append(diagnostic)
        }
        for diagnostic in context.diagnostics { keep(diagnostic, suppressible: true) }
        let known = Set(catalogue.ids)
        for (path, found) in suppressions.sorted(by: { $0.key < $1.key }) {
            let isOff: (String) -> Bool = { ruleId in
                if let setting = ruleSettings[ruleId] { return setting == .off }
                let probe = Diagnostic(ruleId: ruleId, severity: .error, message: "", file: repository.displayPath(path))
                return configuration.severity(for: probe, path: path) == nil
            }
            for diagnostic in found.unused(knownRules: known, isOff: isOff) { keep(diagnostic, suppressible: false) }
        }
        let unreadable = repository.reportableAccessProblems.map(\.diagnostic)
        return Report(diagnostics: (kept + unreadable).sorted(by: Diagnostic.reportOrder), filesChecked: repository.filesRead,
                      sources: repository.loadedSources, hasUnreadableInput: !unreadable.isEmpty)
    }
}

/// Per-index storage written from concurrent iterations.
private final class ReportSlots: Sendable {
    private let slots: Mutex<[Linter.Report?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func store(_ report: Linter.Report, at index: Int) {
        slots.withLock { $0[index] = report }
    }

    var reports: [Linter.Report] { slots.withLock { $0.compactMap { $0 } } }
}
