import SlingrDiagnostics
import SlingrScript

/// `config.x` and `@config.x` in an expression name a field of the form (groups as
/// `config.group.child`, also `config['group']['child']`), a platform value, or, in a flow step,
/// one of the step's inputs. In scripts, `config.get('x')` and `config.x` name a field of the
/// package's configuration, a platform value, a dependency or a key the configuration builder
/// sets; in the builder, `config` is its parameter, and reads of it are checked the same way.
struct ConfigReferenceRule: LintRule {
    static let description = RuleDescription(
        id: "config-reference",
        severity: .warning,
        summary: "An expression or script reads config.<name> (or config.get('name')) for a field that does not exist.",
        explanation: "A misspelt or removed field makes the expression or script see undefined, so fields hide or become optional without notice, requests go out without a key, and the configuration builder silently drops the value. Scripts may also read the platform values, the dependencies' configuration and what the configuration builder adds; a file that declares its own config is not checked for config.x. Real steps drift here (config.events), so it is a warning.",
        triggering: [
            .package("a misspelt field", configuration: #"[{"label": "Type", "name": "authType", "type": "text"}, {"label": "Key", "name": "key", "type": "text", "visibility": "↓config.authtype == 'key'"}]"#,
                     expected: [.marked(message("config.authtype", form: "form", suggestion: "config.authType"))]),
            .package("a group child that does not exist", configuration: #"[{"label": "G", "name": "group", "type": "fieldsGroup", "typeOptions": {"fields": [{"label": "A", "name": "a", "type": "text"}]}}, {"label": "B", "name": "b", "type": "text", "visibility": "↓@config.group.b"}]"#,
                     expected: [.marked(message("config.group.b", form: "form", suggestion: "config.group.a"))]),
            .package("a computed key with a literal name", configuration: #"[{"label": "Region", "name": "region", "type": "text"}, {"label": "Bucket", "name": "bucket", "type": "text", "required": "↓config['regoin'] != ''"}]"#,
                     expected: [.marked(message("config.regoin", form: "form", suggestion: "config.region"))]),
            .package("a script reading a renamed field", configuration: #"[{"label": "Base URL", "name": "baseUrl", "type": "text"}]"#,
                     metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.get = function (path) {\n    return dependencies.http.get({ url: config.get(↓'baseURL') + path });\n};\n"],
                     expected: [.marked(message("config.baseURL", form: scriptForm, suggestion: "config.baseUrl"))]),
            .package("a configuration builder reading a misspelt field", configuration: #"[{"label": "Client ID", "name": "clientId", "type": "text"}]"#,
                     configurationBuilder: #""/configurationBuilder.js""#,
                     files: ["configurationBuilder.js": "let configurationBuilder = function (config) {\n    config.oauth = {\n        authUrl: 'https://accounts.google.com/o/oauth2/auth',\n        clientId: ↓config.clientID\n    };\n    return config;\n};\n"],
                     expected: [.marked(message("config.clientID", form: scriptForm, suggestion: "config.clientId"))]),
        ],
        nonTriggering: [
            .package("fields, group children and platform values", configuration: #"[{"label": "G", "name": "group", "type": "fieldsGroup", "typeOptions": {"fields": [{"label": "A", "name": "a", "type": "toggle"}]}}, {"label": "U", "name": "url", "type": "label", "value": "config.WEBHOOK_URL + (config.group.a ? '/a' : '')"}]"#),
            .package("a button action assigning a field", configuration: #"[{"label": "E", "name": "email", "type": "text"}, {"label": "Set", "name": "set", "type": "button", "typeOptions": {"action": "if (!config.email) { config.email = 'a@b.c'; }"}}]"#),
            .package("scripts reading fields, platform values and what the builder sets", dependencies: #"[{"type": "package", "name": "oauth", "version": "v1.0.36"}]"#,
                     configuration: #"[{"label": "Client ID", "name": "clientId", "type": "text"}]"#,
                     metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#, configurationBuilder: #""/configurationBuilder.js""#,
                     files: ["configurationBuilder.js": "let configurationBuilder = function (config) {\n    config.oauth = { clientId: config.clientId, oauthCallback: config.AUTH_CALLBACK_URL + '/authCallback' };\n    config.apiBase = 'https://api.example.com';\n    return config;\n};\n",
                             "scripts/api.js": "exports.connect = function () {\n    var base = config.get('apiBase');\n    return dependencies.oauth.functions.connectUser('sample:userConnected', config.get('clientId'), config.get('WEBHOOK_URL'));\n};\n"]),
            .package("a script with its own config variable", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.save = function (callbackData) {\n    var config = callbackData.data;\n    return config.accessToken;\n};\n"]),
        ]
    )

    static let scriptForm = "package's configuration"

    static func message(_ reference: String, form: String, suggestion: String?) -> String {
        var message = "'\(reference)' names no field of this \(form)"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    func check(_ context: LintContext) {
        checkScripts(context)
        for site in context.expressionSites where site.errors.isEmpty {
            guard let root = site.root, !Self.declaresConfig(root) else { continue }
            ScriptQueries.forEachMemberPath(in: root) { path, nodes in
                guard path.first == "config", let member = nodes.last else { return }
                let reference = path.dropFirst()
                if !site.scope.contains(reference) {
                    let known = site.scope.scope(at: reference.dropLast())?.names ?? []
                    let suggestion = reference.last.flatMap { Suggestion.closest(to: $0, in: known) }
                        .map { (["config"] + reference.dropLast() + [$0]).joined(separator: ".") }
                    context.report(Self.self, Self.message(path.joined(separator: "."), form: site.descriptor.kind == .step ? "step" : "form", suggestion: suggestion), in: site.descriptor.source, range: site.sourceRange(member.range), pointer: site.pointer)
                }
            }
        }
    }

    /// `config.get('x')` and `config.x` in scripts, and reads of `config` in the builder.
    private func checkScripts(_ context: LintContext) {
        let symbols = context.symbols
        let builder = context.repository.configurationBuilderPath
        let known = symbols.configuration.names + symbols.configurationExtras
        func report(_ path: [String], script: ParsedScript, range: SourceRange) {
            let suggestion = path.count == 1 ? Suggestion.closest(to: path[0], in: known).map { "config." + $0 } : nil
            context.report(Self.self, Self.message((["config"] + path).joined(separator: "."), form: Self.scriptForm, suggestion: suggestion),
                           in: script.source, range: range)
        }
        for script in context.validScripts {
            let isBuilder = script.relativePath == builder
            let configIsGlobal = !context.freeNames(of: script).declared.contains("config")
            guard isBuilder || configIsGlobal else { continue }
            let tree = script.result.tree
            if configIsGlobal {
                for (path, call) in ScriptQueries.calls(in: tree) where path == ["config", "get"] {
                    guard case .expression(let argument)? = call.arguments.first, let name = ScriptQueries.stringValue(argument) else { continue }
                    let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                    if !symbols.configurationContains(parts[...]) { report(parts, script: script, range: argument.range) }
                }
            }
            let targets = Set(ScriptQueries.memberAssignments(in: tree).map { ObjectIdentifier($0.node.left.node) })
            ScriptQueries.forEachMemberPath(in: tree) { path, nodes in
                guard path[0] == "config", path[1] != "get" || isBuilder else { return }
                let reference = Array(path.dropFirst())
                guard let failing = (1...reference.count).first(where: { !symbols.configurationContains(reference.prefix($0)) }) else { return }
                let node = nodes[failing - 1]
                if failing == reference.count, targets.contains(ObjectIdentifier(node)) { return }
                report(Array(reference.prefix(failing)), script: script, range: node.range)
            }
        }
    }

    /// A snippet that declares its own `config` (a parameter or variable) is not about the form.
    static func declaresConfig(_ root: any SyntaxNode) -> Bool {
        var declared = false
        SyntaxWalker.walk(root) { node in
            if let declarator = node as? VariableDeclarator, case .identifier(let identifier) = declarator.id, identifier.name == "config" { declared = true }
            if let function = node as? FunctionNode, function.params.contains(where: { if case .identifier(let id) = $0 { return id.name == "config" } else { return false } }) { declared = true }
            return !declared
        }
        return declared
    }
}
