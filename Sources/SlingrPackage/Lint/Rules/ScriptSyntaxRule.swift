import SlingrDiagnostics
import SlingrScript

/// JavaScript syntax errors in scripts, listeners, step.js, uiService.js and the configuration
/// builder, located in the file (several per file where the parser can recover).
struct ScriptSyntaxRule: LintRule {
    static let description = RuleDescription(
        id: SyntaxError.ruleId,
        severity: .error,
        summary: "A JavaScript syntax error in a script, listener, step.js, uiService.js or the configuration builder.",
        explanation: "The platform cannot load a file that does not parse; the package fails at registration or at run time.",
        triggering: [
            .package("an unterminated string", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.hello = function () {\n    return ↓'hello;\n};\n"], expected: [.marked("Invalid or unexpected token")]),
        ],
        nonTriggering: [
            .package("modern syntax real packages use", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.get = async function (options = {}) {\n    const { id, ...rest } = options;\n    return await dependencies.http.get({ url: `/items/${id}`, ...rest })?.body ?? null;\n};\n"]),
        ]
    )

    func check(_ context: LintContext) {
        for path in context.repository.javaScriptFiles {
            guard let script = context.repository.script(path) else { continue }
            context.append(script.result.diagnostics(in: script.source))
        }
    }
}
