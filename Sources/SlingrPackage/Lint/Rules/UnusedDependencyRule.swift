import SlingrDiagnostics
import SlingrJSON
import SlingrScript

/// A declared dependency that nothing in the package uses: no `dependencies.<name>`,
/// `svc.<name>` or `pkg.<name>` in code, no listener on it, no `config.<name>` set by the
/// configuration builder or read by an expression.
struct UnusedDependencyRule: LintRule {
    static let description = RuleDescription(
        id: "unused-dependency",
        severity: .note,
        summary: "A dependency package.json declares that no code or descriptor uses.",
        explanation: "Every dependency is installed with the package, and a package dependency needs its configuration from the configuration builder; one that nothing uses is usually left over from the skeleton or a removed feature. Code that reaches dependencies by computed names (dependencies[name]) counts as using them all. A note: the package works as it is.",
        triggering: [
            .package("a service left over from the skeleton",
                     dependencies: #"[{"type": "service", "name": "http", "version": "v1.8.5", "instanceId": "shared"}, {"type": "service", "name": ↓"ftp", "version": "v1.2.3", "instanceId": "dedicated"}]"#,
                     metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.get = function (url) {\n    return dependencies.http.get({ url: config.get('baseUrl') + url });\n};\n"],
                     expected: [.marked(message("ftp"))]),
        ],
        nonTriggering: [
            .package("a service used by code and a package configured by the builder",
                     dependencies: #"[{"type": "service", "name": "http", "version": "v1.8.5"}, {"type": "package", "name": "oauth", "version": "^v1.0.34"}]"#,
                     metadata: #"[{"type": "listener", "namespace": "webhook", "path": "/listeners/webhook.js"}]"#,
                     configurationBuilder: #""/configurationBuilder.js""#,
                     files: ["configurationBuilder.js": "let configurationBuilder = function (config) {\n    config.oauth = { clientId: config.clientId, authUrl: 'https://example.com/auth' };\n    return config;\n};\n",
                             "listeners/webhook.js": "listeners.webhook = {\n    label: 'Webhook',\n    type: 'service',\n    options: { service: 'http', event: 'webhook', matching: { path: '/sample' } },\n    callback: function (event) {}\n};\n"]),
        ]
    )

    static func message(_ name: String) -> String { "dependency '\(name)' is not used by any script, listener, step, builder or expression" }

    func check(_ context: LintContext) {
        let symbols = context.symbols
        guard !symbols.dependencies.isEmpty, let uses = Self.uses(context) else { return }
        for dependency in context.repository.package?.packageDescriptor?.dependencies ?? [] {
            guard let name = dependency.name, !uses.contains(name.text) else { continue }
            context.report(Self.self, Self.message(name.text), at: name.value, pointer: name.pointer)
        }
    }

    /// Names used as dependencies anywhere, or `nil` when code reaches them by computed names.
    static func uses(_ context: LintContext) -> Set<String>? {
        var used = context.symbols.builderKeys
        for listener in context.listenerDefinitions {
            if let service = listener.literal("service") { used.insert(service.text) }
        }
        for site in context.expressionSites where site.errors.isEmpty {
            guard let root = site.root else { continue }
            ScriptQueries.forEachMemberPath(in: root) { path, _ in if path[0] == "config" { used.insert(path[1]) } }
        }
        for script in context.validScripts {
            var dynamic = false
            ScriptQueries.forEachMemberPath(in: script.result.tree) { path, _ in
                if ["dependencies", "svc", "pkg"].contains(path[0]) { used.insert(path[1]) }
            }
            SyntaxWalker.walk(script.result.tree) { node in
                if let member = node as? MemberExpression, case .identifier(let object) = member.object, object.name == "dependencies" || object.name == "svc",
                   ScriptQueries.propertyName(member.property) == nil { dynamic = true }
                return !dynamic
            }
            if dynamic { return nil }
        }
        return used
    }
}
