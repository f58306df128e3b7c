import SlingrDiagnostics
import SlingrJSON

/// What a rule sees: the repository and a place to report. Findings are collected here with the
/// rule's id and default severity; configuration and ignores are applied afterwards.
public final class LintContext {
    public let repository: PackageRepository
    private(set) var diagnostics: [Diagnostic] = []

    init(repository: PackageRepository) {
        self.repository = repository
    }

    /// Every expression in the descriptors, parsed once for all expression rules.
    lazy var expressionSites: [ExpressionSite] = ExpressionSites.collect(repository)

    /// Names the package declares (fields, dependencies, libraries and their exports), for the
    /// rules that check what code refers to.
    lazy var symbols = PackageSymbols(repository)

    /// The listener definitions of the listener scripts, found once for all rules.
    lazy var listenerDefinitions: [ListenerDefinition] = ListenerDefinition.all(in: repository)

    private var freeNamesByPath: [String: FreeNames] = [:]

    /// The free names of a parsed script, found once for all rules.
    func freeNames(of script: ParsedScript) -> FreeNames {
        if let known = freeNamesByPath[script.relativePath] { return known }
        let found = FreeNames(script.result.tree)
        freeNamesByPath[script.relativePath] = found
        return found
    }

    /// The scripts lint reads that parsed, in path order (found once for all rules).
    lazy var validScripts: [ParsedScript] =
        repository.javaScriptFiles.compactMap { path in repository.script(path).flatMap { $0.result.isValid ? $0 : nil } }

    /// A finding at a byte range of a repository file.
    public func report(_ rule: any RuleDeclaration.Type, _ message: String, in source: SourceFile, range: SourceRange,
                       pointer: JSONPointer? = nil, notes: [Diagnostic.Note] = [], fixIt: FixIt? = nil) {
        diagnostics.append(rule.description.diagnostic(message, in: source, range: range, pointer: pointer?.description, notes: notes, fixIt: fixIt))
    }

    /// A finding about a whole file or folder (a missing file, an icon of the wrong size).
    public func report(_ rule: any RuleDeclaration.Type, _ message: String, path relative: String, notes: [Diagnostic.Note] = []) {
        diagnostics.append(rule.description.diagnostic(message, file: repository.displayPath(relative), notes: notes))
    }

    /// A finding at a value of `package.json` (most cross-file rules point at a metadata entry).
    public func report(_ rule: any RuleDeclaration.Type, _ message: String, at value: JSONValue, pointer: JSONPointer,
                       notes: [Diagnostic.Note] = [], fixIt: FixIt? = nil) {
        guard let package = repository.package else { return }
        report(rule, message, in: package.source, range: value.range, pointer: pointer, notes: notes, fixIt: fixIt)
    }

    /// Adds findings produced elsewhere (descriptor validation, the script parser).
    func append(_ found: [Diagnostic]) {
        diagnostics += found
    }
}
