import SlingrDiagnostics

/// A registry file (`--registry FILE` or the settings' `registry`) that does not have the shape
/// `{"packages": {name: [tags]}, "services": {name: [tags]}}`. Well-formed entries are still used.
public enum RegistryFormatRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "registry-format",
        severity: .error,
        summary: "A registry file whose content is not {\"packages\": {name: [tags]}, \"services\": {name: [tags]}}.",
        explanation: "resolve, outdated and add read released versions from the registry file; an entry of the wrong shape is left out, so a dependency may look unreleased. Every tag is a string such as 'v1.2.3'.",
        triggering: [
            RuleExample("a tag that is not a string", files: [
                "package.json": #"{"name": "a", "label": "A", "dependencies": [{"type": "service", "name": "http", "version": "^v1.0.0"}], "configuration": [], "events": [], "metadata": []}"#,
                "registry.json": #"{"packages": {}, "services": {"http": ["v1.0.0", ↓1.1]}}"#,
            ], expected: [.marked("tag 1 of 'http' must be a string; found number")], command: .resolve),
        ],
        nonTriggering: [
            RuleExample("a registry of tags", files: [
                "package.json": #"{"name": "a", "label": "A", "dependencies": [{"type": "service", "name": "http", "version": "^v1.0.0"}], "configuration": [], "events": [], "metadata": []}"#,
                "registry.json": #"{"packages": {}, "services": {"http": ["v1.0.0", "v1.1.0"]}}"#,
            ], command: .resolve),
        ]
    )
}
