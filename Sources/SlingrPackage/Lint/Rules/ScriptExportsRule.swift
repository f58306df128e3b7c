import SlingrDiagnostics
import SlingrScript

/// A script library that exports nothing offers nothing to the app: its functions are only
/// reachable as `pkg.<package>.<library>.<export>`.
struct ScriptExportsRule: LintRule {
    static let description = RuleDescription(
        id: "script-exports",
        severity: .warning,
        summary: "A script library that assigns nothing to exports.",
        explanation: "Apps call package scripts as pkg.<package>.<library>.<function>; only what is assigned to exports is visible.",
        triggering: [
            .package("functions that are never exported", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "↓var helper = function () { return 1; };\n"], expected: [.marked(message("scripts/api.js"))]),
        ],
        nonTriggering: [
            .package("exports.name = function", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.helper = function () { return 1; };\n"]),
            .package("module.exports = {...}", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "module.exports = { helper: function () { return 1; } };\n"]),
        ]
    )

    static func message(_ path: String) -> String { "script '\(path)' assigns nothing to exports, so apps cannot call any of it" }

    func check(_ context: LintContext) {
        let repository = context.repository
        for path in repository.scripts(type: "script", conventionalFolder: "scripts") where !repository.isIgnored(path) {
            guard let script = repository.script(path), script.result.isValid else { continue }
            let exports = ScriptQueries.memberAssignments(in: script.result.tree).contains { assignment in
                assignment.path.first == "exports" || assignment.path.starts(with: ["module", "exports"])
            }
            if !exports {
                context.report(Self.self, Self.message(path),
                               in: script.source, range: SourceRange(at: 0))
            }
        }
    }
}
