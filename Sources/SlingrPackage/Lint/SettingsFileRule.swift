import SlingrDiagnostics

/// A value in `.slingr-pkg.json` that cannot be used, whichever command reads it: wrong types,
/// JSON pointers that are not pointers, paths outside the repository.
enum SettingsFileRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "settings-file",
        severity: .error,
        summary: "A value in .slingr-pkg.json that cannot be used: a wrong type, a malformed pointer, a path outside the repository.",
        explanation: "The settings file configures rules ('rules', 'ignore', 'overrides') and version sources ('registry', 'sources'). A value of the wrong type, an ignore pattern whose #fragment is not a JSON pointer, or a registry or source path that leads outside the repository is not used, and the command says so rather than silently behaving otherwise. Names the file does not know are settings-unknown.",
        triggering: [
            RuleExample("an ignore whose fragment is not a JSON pointer", files: [
                ".slingr-pkg.json": #"{"ignore": [↓"package.json#configuration/0"]}"#,
                "package.json": #"{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": [], "metadata": []}"#,
            ], expected: [.marked("'configuration/0' is not a JSON pointer (RFC 6901: '/configuration/0/type')")]),
        ],
        nonTriggering: [
            RuleExample("rules, ignores and overrides", files: [
                ".slingr-pkg.json": #"{"rules": {"step-icon-size": "off"}, "ignore": ["scripts/vendor/**", "package.json#/configuration/0"], "overrides": [{"files": ["listeners/**"], "rules": {"trigger-event": "error"}}]}"#,
                "package.json": #"{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": [], "metadata": []}"#,
            ]),
        ]
    )

    static func notAnObject(_ typeName: String) -> String { "the settings file must hold a JSON object, not \(article(typeName))" }
}
