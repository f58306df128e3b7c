import SlingrDiagnostics

/// The shape of `.slingr-pkg.json`: what `LintConfiguration` and the version settings read and
/// the settings schema describes. Rule ids come from the catalogue the command line passes.
public enum ProjectSettingsShape {
    /// The keys every reader of the file knows, in documentation order.
    public static let keyNames = ["rules", "ignore", "registry", "sources"]

    /// The settings a rule can have.
    public static let ruleSettings = EnumerationShape([
        .init("off", "The rule reports nothing."), .init("note", "Findings are notes."),
        .init("warning", "Findings are warnings."), .init("error", "Findings are errors."),
    ])

    public static func root(catalogue: RuleCatalogue) -> ObjectShape {
        let rules = catalogue.all.sorted { $0.id < $1.id }.map { rule in
            KeyShape(rule.id, .enumeration(ruleSettings), "\(rule.summary) (\(rule.severity.rawValue) by default\(rule.isFixable ? ", fixable" : "")). \(rule.explanation)")
        }
        let keys = [
            KeyShape("rules", .object(ObjectShape("rule settings", meaning: "Severity by rule id.", keys: rules, nullMeansAbsent: false)),
                     "The severity of each rule's findings: off, note, warning or error."),
            KeyShape("ignore", .array(of: .string(ShapePatterns.nonEmpty)),
                     "Paths whose findings are dropped: '*' within a folder, '**' across folders, '?' one character; a pattern without '/' matches a name anywhere."),
            KeyShape("registry", .string(ShapePatterns.nonEmpty), "A registry file inside the repository listing released versions ({\"packages\": {...}, \"services\": {...}})."),
            KeyShape("sources", .object(ObjectShape("version sources", meaning: "Git URL or path by dependency name.", keys: [], isClosed: false,
                                                    otherValues: .string(ShapePatterns.nonEmpty), nullMeansAbsent: false)),
                     "Where each dependency's releases come from: a git URL, or a path inside the repository."),
        ]
        return ObjectShape("slingr-pkg settings", meaning: "Settings of slingr-pkg for this package: rule severities, ignored paths and version sources.",
                           keys: keyNames.compactMap { name in keys.first { $0.name == name } }, nullMeansAbsent: false)
    }
}
