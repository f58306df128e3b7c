import SlingrDiagnostics

/// A dependency no version source lists.
public enum DependencyUnknownRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "dependency-unknown",
        severity: .error,
        summary: "A dependency that no registry file or git source lists.",
        explanation: "Without a list of its releases nothing can be resolved for the dependency: give its repository with --git NAME=URL, name it under 'sources' in .slingr-pkg.json, or add it to the registry file.",
        triggering: [
            RuleExample("a service the registry does not list", files: [
                "package.json": #"{"name": "a", "label": "A", "dependencies": [{"type": "service", "name": "pdf", "version": ↓"^v1.0.0"}], "configuration": [], "events": [], "metadata": []}"#,
                "registry.json": #"{"packages": {}, "services": {"http": ["v1.0.0"]}}"#,
            ], expected: [.marked("no source lists service 'pdf'; give it with --git pdf=URL or add it to the registry")], command: .resolve),
        ],
        nonTriggering: [
            RuleExample("a listed service", files: [
                "package.json": #"{"name": "a", "label": "A", "dependencies": [{"type": "service", "name": "http", "version": "^v1.0.0"}], "configuration": [], "events": [], "metadata": []}"#,
                "registry.json": #"{"packages": {}, "services": {"http": ["v1.0.0"]}}"#,
            ], command: .resolve),
        ]
    )

    public static func message(kind: String, name: String) -> String {
        "no source lists \(kind) '\(name)'; give it with --git \(name)=URL or add it to the registry"
    }
}
