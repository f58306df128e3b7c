import SlingrDiagnostics
import SlingrJSON

/// Reports descriptor paths that leave the repository (`..`, or a symbolic link pointing
/// outside). Such paths are never read.
struct PathEscapesRule: LintRule {
    static let description = RuleDescription(
        id: "path-escapes-repository",
        severity: .error,
        summary: "A metadata or configurationBuilder path that leads outside the repository.",
        explanation: "A package is its repository; a path outside it cannot be published, and the linter refuses to read it.",
        triggering: [
            .package("a script path that climbs out with '..'", metadata: #"[{"type": "script", "namespace": "api", "path": ↓"/../secrets/api.js"}]"#,
                     expected: [.marked(message("metadata path", "/../secrets/api.js", reason: "'..' leads outside the repository"))]),
            .package("a configuration builder outside the repository", configurationBuilder: #"↓"/../../configurationBuilder.js""#,
                     expected: [.marked(message("configurationBuilder path", "/../../configurationBuilder.js", reason: "'..' leads outside the repository"))]),
        ],
        nonTriggering: [
            .package("a path with '..' that stays inside", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/../scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.a = 1;\n"]),
        ]
    )

    static func message(_ what: String, _ path: String, reason: String) -> String { "\(what) '\(path)' is outside the repository: \(reason)" }

    func check(_ context: LintContext) {
        let repository = context.repository
        for entry in repository.metadata {
            if case .escapes(let reason) = repository.resolve(entry.path) {
                context.report(Self.self, Self.message("metadata path", entry.path, reason: reason),
                               at: entry.pathValue, pointer: entry.pointer.appending("path"))
            }
        }
        if let builder = repository.package?.packageDescriptor?.configurationBuilder,
           case .escapes(let reason) = repository.resolve(builder.text) {
            context.report(Self.self, Self.message("configurationBuilder path", builder.text, reason: reason),
                           at: builder.value, pointer: builder.pointer)
        }
    }
}
