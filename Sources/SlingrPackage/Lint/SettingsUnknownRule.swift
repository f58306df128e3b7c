import SlingrDiagnostics

/// A key or rule id in `.slingr-pkg.json` that means nothing: usually a typo, which would
/// otherwise silently leave the setting as it was.
enum SettingsUnknownRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "settings-unknown",
        severity: .warning,
        summary: "A key or rule id in .slingr-pkg.json that nothing knows.",
        explanation: "A misspelt key or rule id in the settings file is ignored, so the rule it meant to configure stays as it was; every name is checked, with a suggestion for the closest one.",
        triggering: [
            RuleExample("a misspelt rule id", files: [
                ".slingr-pkg.json": #"{"rules": {↓"step-icn": "off"}}"#,
                "package.json": #"{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": [], "metadata": []}"#,
            ], expected: [.marked(unknownRule("step-icn", suggestion: "step-icon"))]),
            RuleExample("a misspelt key", files: [
                ".slingr-pkg.json": #"{↓"rule": {"step-icon": "off"}}"#,
                "package.json": #"{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": [], "metadata": []}"#,
            ], expected: [.marked(unknownKey("rule", suggestion: "rules"))]),
        ],
        nonTriggering: [
            RuleExample("known keys and rule ids", files: [
                ".slingr-pkg.json": #"{"rules": {"step-icon-size": "off"}, "registry": "registry.json"}"#,
                "package.json": #"{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": [], "metadata": []}"#,
            ]),
        ]
    )

    static func unknownRule(_ id: String, suggestion: String?) -> String {
        var message = "unknown rule '\(id)'"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    static func unknownKey(_ key: String, suggestion: String?, in owner: String = "the settings") -> String {
        var message = "unknown key '\(key)' in \(owner)"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }
}
