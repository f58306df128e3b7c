import SlingrDiagnostics

/// A value outside its enumeration: dependency type, multiplicity, alert type, button colour,
/// metadata type, text validation, representation...
enum InvalidValueRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "invalid-value",
        severity: .error,
        summary: "A value outside its enumeration (dependency type, multiplicity, alert type, colour, ...).",
        explanation: "The platform accepts only the documented values for these keys and rejects or ignores anything else. When exactly one allowed value is meant (a different case, a small typo) lint --fix writes it; metadata and builder paths that lack their leading '/' are fixed the same way.",
        isFixable: true,
        triggering: [
            .package("dependency type 'services'", dependencies: #"[{"type": ↓"services", "name": "http", "version": "v1.0.0"}]"#,
                     expected: [.marked(message("services", key: "type", in: "dependency 'http'", allowed: ["service", "package"], suggestion: "service"))]),
            .package("a metadata path without its leading '/'", metadata: #"[{"type": "script", "namespace": "api", "path": ↓"scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.a = 1;\n"], expected: [.marked(pathMessage("metadata path", "scripts/api.js"))]),
        ],
        nonTriggering: [
            .package("dependency type 'service'", dependencies: #"[{"type": "service", "name": "http", "version": "v1.0.0"}]"#),
        ]
    )

    static func message(_ text: String, key: String, in owner: String, allowed: [String], suggestion: String?) -> String {
        var message = "invalid \(key) '\(text)' in \(owner); expected one of: \(allowed.joined(separator: ", "))"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    /// A repository path written without its leading `/`.
    static func pathMessage(_ what: String, _ path: String) -> String { "\(what) '\(path)' must start with '/'" }

    static func fix(_ replacement: String) -> String { "replace with '\(replacement)'" }
}
