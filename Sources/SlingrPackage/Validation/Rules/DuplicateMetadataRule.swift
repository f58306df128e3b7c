import SlingrDiagnostics

/// A metadata entry listed twice, or two entries of one type sharing a namespace.
enum DuplicateMetadataRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "duplicate-metadata",
        severity: .warning,
        summary: "A metadata entry listed twice, or two entries sharing a namespace.",
        explanation: "A repeated entry imports the same thing twice; lint --fix removes an exact repetition. Two scripts sharing a namespace make pkg.<package>.<namespace> ambiguous: rename one namespace by hand.",
        isFixable: true,
        triggering: [
            .package("the same entry twice", metadata: #"[{"type": "script", "namespace": "a", "path": "/scripts/a.js"}, ↓{"type": "script", "namespace": "a", "path": "/scripts/a.js"}]"#,
                     files: ["scripts/a.js": "exports.a = 1;\n"], expected: [.marked(repeatedMessage("/scripts/a.js"))]),
            .package("two scripts sharing a namespace", metadata: #"[{"type": "script", "namespace": "a", "path": "/scripts/a.js"}, {"type": "script", "namespace": ↓"a", "path": "/scripts/b.js"}]"#,
                     files: ["scripts/a.js": "exports.a = 1;\n", "scripts/b.js": "exports.b = 1;\n"],
                     expected: [.marked(sharedNamespaceMessage(type: "script", namespace: "a", firstPath: "/scripts/a.js"))]),
        ],
        nonTriggering: [.package("a minimal valid package")]
    )

    static func repeatedMessage(_ path: String) -> String { "metadata entry for '\(path)' is listed more than once" }
    static func sharedNamespaceMessage(type: String, namespace: String, firstPath: String) -> String {
        "\(type) namespace '\(namespace)' is also used by '\(firstPath)'"
    }
}
