import SlingrDiagnostics
import SlingrScript

/// `dependencies.<name>` in the package's code names a dependency that `package.json` declares;
/// the platform only wires declared ones, so any other name is `undefined` when the code runs.
struct DependencyReferenceRule: LintRule {
    static let description = RuleDescription(
        id: "dependency-reference",
        severity: .error,
        summary: "Code uses dependencies.<name> for a dependency package.json does not declare.",
        explanation: "The platform gives a package's code one entry in dependencies for each service or package it declares; any other name is undefined, so the first call through it throws a TypeError. Declare the dependency (slingr-pkg add dependency) or correct the name. A file that declares its own dependencies variable is not checked.",
        triggering: [
            .package("a service the descriptor does not declare", dependencies: #"[{"type": "service", "name": "http", "version": "v1.8.5", "instanceId": "shared"}]"#,
                     metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.upload = function (file) {\n    var url = dependencies.http.post({ url: 'https://api.example.com/files', body: file });\n    return dependencies.↓ftp.upload({ path: '/in', file: file });\n};\n"],
                     expected: [.marked(message("ftp", suggestion: nil))]),
            .package("a misspelt dependency", dependencies: #"[{"type": "package", "name": "oauth", "version": "v1.0.36"}]"#,
                     metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.getAccessToken = function () {\n    return dependencies.↓oauht.functions.getAccessToken(config.id);\n};\n"],
                     expected: [.marked(message("oauht", suggestion: "oauth"))]),
        ],
        nonTriggering: [
            .package("declared services and packages", dependencies: #"[{"type": "service", "name": "http", "version": "v1.8.5"}, {"type": "package", "name": "oauth", "version": "^v1.0.34"}]"#,
                     metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.get = function (url) {\n    var token = dependencies.oauth.functions.getAccessToken(config.get('clientId'));\n    return dependencies.http.get({ url: url, headers: { Authorization: 'Bearer ' + token } });\n};\n"]),
        ]
    )

    static func message(_ name: String, suggestion: String?) -> String {
        var message = "'dependencies.\(name)' names no dependency declared in package.json"
        if let suggestion { message += "; did you mean 'dependencies.\(suggestion)'?" }
        return message
    }

    func check(_ context: LintContext) {
        let symbols = context.symbols
        let names = symbols.dependencies.map(\.name)
        for script in context.validScripts where !context.freeNames(of: script).declared.contains("dependencies") {
            ScriptQueries.forEachMemberPath(in: script.result.tree) { path, nodes in
                guard path[0] == "dependencies", !symbols.declaresDependency(path[1]) else { return }
                let range = nodes[0].property.node.range
                context.report(Self.self, Self.message(path[1], suggestion: Suggestion.closest(to: path[1], in: names)), in: script.source, range: range)
            }
        }
    }
}
