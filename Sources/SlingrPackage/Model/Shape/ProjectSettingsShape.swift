import SlingrDiagnostics

/// The shape of `.slingr-pkg.json`: what `LintConfiguration` and the version settings read and
/// the settings schema describes. Rule ids come from the catalogue the command line passes.
public enum ProjectSettingsShape {
    /// The keys every reader of the file knows, in documentation order.
    public static let keyNames = ["rules", "ignore", "overrides", "registry", "sources"]
    /// The keys of one override, both required.
    public static let overrideKeyNames = ["files", "rules"]

    /// A path pattern, optionally narrowed to a JSON pointer inside a descriptor
    /// (`package.json#/configuration/3`).
    public static let target = TextPattern(expression: "^[^#]+(#(/([^~/]|~[01])*)*)?$",
                                           meaning: "a path pattern, optionally followed by '#' and a JSON pointer",
                                           ruleId: SettingsFileRule.description.id)

    /// The settings a rule can have.
    public static let ruleSettings = EnumerationShape([
        .init("off", "The rule reports nothing."), .init("note", "Findings are notes."),
        .init("warning", "Findings are warnings."), .init("error", "Findings are errors."),
    ])

    public static func root(catalogue: RuleCatalogue) -> ObjectShape {
        let ruleKeys = catalogue.all.sorted { $0.id < $1.id }.map { rule in
            KeyShape(rule.id, .enumeration(ruleSettings), "\(rule.summary) (\(rule.severity.rawValue) by default\(rule.isFixable ? ", fixable" : "")). \(rule.explanation)")
        }
        let rules = ValueShape.object(ObjectShape("rule settings", meaning: "Severity by rule id.", keys: ruleKeys, nullMeansAbsent: false))
        let targets = ValueShape.array(of: .string(target))
        let override = ObjectShape("override", meaning: "Rule settings for the findings of some files.", keys: [
            KeyShape("files", targets, "The files (and descriptor values, after '#') the rules apply to."),
            KeyShape("rules", rules, "The severity of each rule's findings in those files."),
        ], required: overrideKeyNames, nullMeansAbsent: false, snippets: [
            .init("New override", meaning: "Rule settings for some files.", body: [("files", .array([.text("${1:scripts/vendor/**}")])), ("rules", .object([("${2:rule-id}", .text("${3|off,note,warning,error|}"))]))]),
        ])
        let keys = [
            KeyShape("rules", rules, "The severity of each rule's findings: off, note, warning or error."),
            KeyShape("ignore", targets,
                     "Paths whose findings are dropped: '*' within a folder, '**' across folders, '?' one character; a pattern without '/' matches a name anywhere; '#/json/pointer' after a descriptor's path drops only the findings at that value."),
            KeyShape("overrides", .array(of: .object(override)), "Rule settings for the findings of some files, later overrides winning."),
            KeyShape("registry", .string(ShapePatterns.nonEmpty), "A registry file inside the repository listing released versions ({\"packages\": {...}, \"services\": {...}})."),
            KeyShape("sources", .object(ObjectShape("version sources", meaning: "Git URL or path by dependency name.", keys: [], isClosed: false,
                                                    otherValues: .string(ShapePatterns.nonEmpty), nullMeansAbsent: false)),
                     "Where each dependency's releases come from: a git URL, or a path inside the repository."),
        ]
        return ObjectShape("slingr-pkg settings", meaning: "Settings of slingr-pkg for this package: rule severities, ignored paths and version sources.",
                           keys: keyNames.compactMap { name in keys.first { $0.name == name } }, nullMeansAbsent: false)
    }
}
