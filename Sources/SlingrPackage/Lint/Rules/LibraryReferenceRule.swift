import SlingrDiagnostics
import SlingrScript

/// `pkg.<this package>.<library>.<function>` names one of the package's script libraries (by
/// file name or metadata namespace) and, when the library's exports can be read, a function it
/// exports.
struct LibraryReferenceRule: LintRule {
    static let description = RuleDescription(
        id: "library-reference",
        severity: .error,
        summary: "Code calls pkg.<this package>.<library>.<function> for a library or function the package does not have.",
        explanation: "A package's libraries are its script files, reached as pkg.<package>.<library>; only what a library assigns to exports is visible there. Any other name is undefined and the call throws a TypeError when the flow step, listener or function runs. Exports are only checked when the library assigns them plainly (exports.name = ..., module.exports = {...}).",
        triggering: [
            .package("a library that does not exist", name: #""slack""#,
                     metadata: #"[{"type": "script", "namespace": "utils", "path": "/scripts/utils.js"}, {"type": "listener", "namespace": "events", "path": "/listeners/events.js"}]"#,
                     files: ["scripts/utils.js": "exports.verifyToken = function (token) {\n    return token === config.get('verificationToken');\n};\n",
                             "listeners/events.js": "listeners.slackEvents = {\n    label: 'Slack events',\n    type: 'service',\n    options: { service: 'http', event: 'webhook', matching: { path: '/slack' } },\n    callback: function (event) {\n        if (!pkg.slack.↓util.verifyToken(event.data.body.token)) { return 'invalid token'; }\n    }\n};\n"],
                     expected: [.marked(unknownLibrary("util", package: "slack", suggestion: "utils"))]),
            .package("a function the library does not export", name: #""slack""#,
                     metadata: #"[{"type": "script", "namespace": "utils", "path": "/scripts/utils.js"}, {"type": "listener", "namespace": "events", "path": "/listeners/events.js"}]"#,
                     files: ["scripts/utils.js": "exports.verifyToken = function (token) {\n    return token === config.get('verificationToken');\n};\n",
                             "listeners/events.js": "listeners.slackEvents = {\n    label: 'Slack events',\n    type: 'service',\n    options: { service: 'http', event: 'webhook', matching: { path: '/slack' } },\n    callback: function (event) {\n        if (!pkg.slack.utils.↓verifyTokens(event.data.body.token)) { return 'invalid token'; }\n    }\n};\n"],
                     expected: [.marked(unknownFunction("verifyTokens", library: "utils", suggestion: "verifyToken"))]),
        ],
        nonTriggering: [
            .package("exported functions, module.exports and another package's libraries", name: #""slack""#,
                     metadata: #"[{"type": "script", "namespace": "utils", "path": "/scripts/utils.js"}, {"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/utils.js": "exports.verifyToken = function (token) {\n    return token === config.get('verificationToken');\n};\n",
                             "scripts/api.js": "module.exports = {\n    post: function (body) {\n        if (!pkg.slack.utils.verifyToken(body.token)) { return null; }\n        return pkg.oauth.functions.getAccessToken(body.id);\n    }\n};\n"]),
            .package("a library that fills exports dynamically", name: #""slack""#,
                     metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}, {"type": "script", "namespace": "main", "path": "/scripts/main.js"}]"#,
                     files: ["scripts/api.js": "['get', 'post'].forEach(function (method) {\n    exports[method] = function (url) { return dependencies.http[method]({ url: url }); };\n});\n",
                             "scripts/main.js": "exports.run = function () { return pkg.slack.api.get('/users'); };\n"]),
        ]
    )

    static func unknownLibrary(_ name: String, package: String, suggestion: String?) -> String {
        var message = "'pkg.\(package).\(name)' names no script library of this package"
        if let suggestion { message += "; did you mean 'pkg.\(package).\(suggestion)'?" }
        return message
    }

    static func unknownFunction(_ name: String, library: String, suggestion: String?) -> String {
        var message = "library '\(library)' does not export '\(name)'"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    func check(_ context: LintContext) {
        let symbols = context.symbols
        guard let packageName = symbols.packageName else { return }
        let libraryNames = symbols.libraries.keys.sorted()
        for script in context.validScripts where !context.freeNames(of: script).declared.contains("pkg") {
            ScriptQueries.forEachMemberPath(in: script.result.tree) { path, nodes in
                guard path.count >= 3, path[0] == "pkg", path[1] == packageName else { return }
                guard let library = symbols.libraries[path[2]] else {
                    let message = Self.unknownLibrary(path[2], package: packageName, suggestion: Suggestion.closest(to: path[2], in: libraryNames))
                    context.report(Self.self, message, in: script.source, range: nodes[1].property.node.range)
                    return
                }
                guard path.count >= 4, let exports = library.exports, !exports.contains(path[3]) else { return }
                let message = Self.unknownFunction(path[3], library: path[2], suggestion: Suggestion.closest(to: path[3], in: exports.sorted()))
                context.report(Self.self, message, in: script.source, range: nodes[2].property.node.range)
            }
        }
    }
}
