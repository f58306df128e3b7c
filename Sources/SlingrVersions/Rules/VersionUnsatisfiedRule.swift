import SlingrDiagnostics

/// A direct requirement that no release satisfies.
public enum VersionUnsatisfiedRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "version-unsatisfied",
        severity: .error,
        summary: "No release of a dependency satisfies its requirement.",
        explanation: "The platform installs a released version that satisfies the requirement; when none does (a typo in the version, a release that was never tagged) installation fails. The message lists the releases that exist.",
        triggering: [
            RuleExample("a version that was never released", files: [
                "package.json": #"{"name": "a", "label": "A", "dependencies": [{"type": "service", "name": "http", "version": ↓"^v2.0.0"}], "configuration": [], "events": [], "metadata": []}"#,
                "registry.json": #"{"packages": {}, "services": {"http": ["v1.0.0", "v1.1.0"]}}"#,
            ], expected: [.marked("no release of 'http' satisfies '^v2.0.0'; releases: v1.0.0, v1.1.0")], command: .resolve),
        ],
        nonTriggering: [
            RuleExample("a released version", files: [
                "package.json": #"{"name": "a", "label": "A", "dependencies": [{"type": "service", "name": "http", "version": "^v1.0.0"}], "configuration": [], "events": [], "metadata": []}"#,
                "registry.json": #"{"packages": {}, "services": {"http": ["v1.0.0", "v1.1.0"]}}"#,
            ], command: .resolve),
        ]
    )

    public static func message(name: String, requirement: String, releases: String) -> String {
        "no release of '\(name)' satisfies '\(requirement)'; \(releases)"
    }
}
