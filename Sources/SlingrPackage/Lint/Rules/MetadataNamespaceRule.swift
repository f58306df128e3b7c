import SlingrDiagnostics

/// Warns when a metadata namespace differs from the file stem or folder name it points at.
struct MetadataNamespaceRule: LintRule {
    static let description = RuleDescription(
        id: "metadata-namespace",
        severity: .warning,
        summary: "A metadata namespace that differs from its file stem or folder name.",
        explanation: "Scripts are called as pkg.<package>.<namespace>; when the namespace and the file disagree, readers look in the wrong place. Real packages drift here, so it is a warning.",
        triggering: [
            .package("namespace 'helpers' for scripts/api.js", metadata: #"[{"type": "script", "namespace": ↓"helpers", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.a = 1;\n"], expected: [.marked(message("helpers", expected: "api", path: "/scripts/api.js"))]),
        ],
        nonTriggering: [
            .package("namespace 'api' for scripts/api.js", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.a = 1;\n"]),
            .package("no namespace at all", metadata: #"[{"type": "script", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.a = 1;\n"]),
        ]
    )

    static func message(_ namespace: String, expected: String, path: String) -> String {
        "namespace '\(namespace)' differs from '\(expected)', the name of '\(path)'"
    }

    func check(_ context: LintContext) {
        for entry in context.repository.metadata {
            guard let namespace = entry.namespace, let namespaceValue = entry.value["namespace"] else { continue }
            var expected = PathName.lastComponent(entry.path)
            if expected.hasSuffix(".js") { expected = String(expected.dropLast(3)) }
            guard !expected.isEmpty, namespace != expected else { continue }
            context.report(Self.self, Self.message(namespace, expected: expected, path: entry.path),
                           at: namespaceValue, pointer: entry.pointer.appending("namespace"))
        }
    }
}
