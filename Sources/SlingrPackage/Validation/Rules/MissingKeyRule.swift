import SlingrDiagnostics

/// A key the platform needs is missing: the six sections of `package.json`, a field's `name` and
/// `type`, a dependency's `version`, a step's `name`...
enum MissingKeyRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "missing-key",
        severity: .error,
        summary: "A key the platform needs is missing (package name, field type, dependency version, ...).",
        explanation: "The platform reads these keys when it installs the package; without them the package, field or dependency cannot be used. Real descriptors always carry all six sections of package.json (name, label, dependencies, configuration, events, metadata), even when the arrays are empty. A key set to null counts as absent: an optional key may be null, a required one may not. Captions are not required keys (see missing-label).",
        triggering: [
            RuleExample("no metadata", files: ["package.json": #"↓{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": []}"#],
                        expected: [.marked(message("metadata", in: "the package descriptor"))]),
            .package("a dependency without version", dependencies: #"[↓{"type": "service", "name": "http"}]"#,
                     expected: [.marked(message("version", in: "dependency 'http'"))]),
        ],
        nonTriggering: [.package("a minimal valid package")]
    )

    static func message(_ key: String, in owner: String) -> String { "\(owner) is missing required key '\(key)'" }
}
