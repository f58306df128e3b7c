import SlingrDiagnostics

/// A dependency version that is not `vX.Y.Z`, `^vX.Y.Z` or `~vX.Y.Z`. Reported wherever a
/// requirement is read: descriptor validation, lint, resolve, outdated, add.
public enum VersionSyntaxRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "version-syntax",
        severity: .error,
        summary: "A dependency version that is not 'vX.Y.Z', '^vX.Y.Z' or '~vX.Y.Z'.",
        explanation: "Released versions are git tags vX.Y.Z; a requirement is one of them exactly, or ^ (any later version with the same X) or ~ (the same X.Y) before the 'v'. The platform cannot resolve anything else. When the correction only moves the prefix or the 'v', or drops leading zeros and spaces, lint --fix makes it; a correction that would invent numbers ('1.2' to 'v1.2.0') is only suggested.",
        isFixable: true,
        triggering: [
            RuleExample("the prefix after the 'v'", files: ["package.json": #"{"name": "a", "label": "A", "dependencies": [{"type": "package", "name": "oauth", "version": "↓v^1.2.0"}], "configuration": [], "events": [], "metadata": []}"#],
                        expected: [.marked("malformed version 'v^1.2.0'; the prefix goes before the 'v': '^v1.2.0'")]),
            RuleExample("a missing 'v'", files: ["package.json": #"{"name": "a", "label": "A", "dependencies": [{"type": "service", "name": "http", "version": "^↓1.2.3"}], "configuration": [], "events": [], "metadata": []}"#],
                        expected: [.marked("malformed version '^1.2.3'; versions start with 'v': '^v1.2.3'")]),
        ],
        nonTriggering: [
            RuleExample("each accepted shape", files: ["package.json": #"{"name": "a", "label": "A", "dependencies": [{"type": "service", "name": "http", "version": "^v1.2.0"}, {"type": "service", "name": "pdf", "version": "~v1.0.3"}, {"type": "package", "name": "oauth", "version": "v1.0.34"}], "configuration": [], "events": [], "metadata": []}"#]),
        ]
    )
}
