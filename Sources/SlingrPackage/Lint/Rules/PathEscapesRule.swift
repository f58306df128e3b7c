import SlingrDiagnostics
import SlingrJSON

/// Reports descriptor paths that leave the repository (`..`, or a symbolic link pointing
/// outside). Such paths are never read.
struct PathEscapesRule: LintRule {
    static let description = RuleDescription(
        id: "path-escapes-repository",
        severity: .error,
        summary: "A metadata or configurationBuilder path that leads outside the repository.",
        rationale: "A package is its repository; a path outside it cannot be published, and the linter refuses to read it.",
        triggering: [
            .package("a script path that climbs out with '..'", metadata: #"[{"type": "script", "namespace": "api", "path": "/../secrets/api.js"}]"#),
            .package("a configuration builder outside the repository", configurationBuilder: "/../../configurationBuilder.js"),
        ],
        nonTriggering: [
            .package("a path with '..' that stays inside", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/../scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.a = 1;\n"]),
        ]
    )

    func check(_ context: LintContext) {
        let repository = context.repository
        for entry in repository.metadata {
            if case .escapes(let reason) = repository.resolve(entry.path) {
                context.report(Self.description, "metadata path '\(entry.path)' is outside the repository: \(reason)",
                               at: entry.pathValue, pointer: entry.pointer.appending("path"))
            }
        }
        if let builder = repository.package?.packageDescriptor?.configurationBuilder,
           case .escapes(let reason) = repository.resolve(builder.text) {
            context.report(Self.description, "configurationBuilder path '\(builder.text)' is outside the repository: \(reason)",
                           at: builder.value, pointer: builder.pointer)
        }
    }
}
