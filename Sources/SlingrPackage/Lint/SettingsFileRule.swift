import SlingrDiagnostics

/// A problem in `.slingr-pkg.json`, whichever command reads it: JSON errors, unknown keys or
/// rule ids, wrong types, paths it may not use.
enum SettingsFileRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "settings-file",
        severity: .warning,
        summary: "A problem in .slingr-pkg.json: unknown keys or rule ids, wrong types, unusable paths.",
        explanation: "The settings file configures rules ('rules', 'ignore') and version sources ('registry', 'sources'). A misspelt rule id silently leaves the rule as it was, so the file is checked like any other: unknown keys and rule ids are warnings with a suggestion, values of the wrong type are errors and are not used.",
        triggering: [
            RuleExample("a misspelt rule id", files: [
                ".slingr-pkg.json": #"{"rules": {↓"step-icn": "off"}}"#,
                "package.json": #"{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": [], "metadata": []}"#,
            ], expected: [.marked(unknownRule("step-icn", suggestion: "step-icon"))]),
        ],
        nonTriggering: [
            RuleExample("rules and ignores", files: [
                ".slingr-pkg.json": #"{"rules": {"step-icon-size": "off"}, "ignore": ["scripts/vendor/**"]}"#,
                "package.json": #"{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": [], "metadata": []}"#,
            ]),
        ]
    )

    static func notAnObject(_ typeName: String) -> String { "the settings file must hold a JSON object, not \(article(typeName))" }

    static func unknownRule(_ id: String, suggestion: String?) -> String {
        var message = "unknown rule '\(id)'"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }
}
