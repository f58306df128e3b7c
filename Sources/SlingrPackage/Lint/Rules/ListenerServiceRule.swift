import SlingrDiagnostics
import SlingrScript

/// A service listener's `options.service` names a service the package declares: the platform
/// only delivers events of the package's own service dependencies.
struct ListenerServiceRule: LintRule {
    static let description = RuleDescription(
        id: "listener-service",
        severity: .error,
        summary: "A service listener whose options.service is not a service dependency of the package.",
        explanation: "Service listeners receive the events of one of the package's service dependencies (webhooks arrive through the http service); a listener on a service package.json does not declare, or declares as a package, never fires. Declare the service (slingr-pkg add dependency http --type service) or correct the name.",
        triggering: [
            .package("a webhook listener on an undeclared service", dependencies: #"[{"type": "package", "name": "oauth", "version": "v1.0.36"}]"#,
                     metadata: #"[{"type": "listener", "namespace": "webhook", "path": "/listeners/webhook.js"}]"#,
                     files: ["listeners/webhook.js": "listeners.webhook = {\n    label: 'Catch HTTP events',\n    type: 'service',\n    options: {\n        service: ↓'http',\n        event: 'webhook',\n        matching: { path: '/sample' }\n    },\n    callback: function (event) {\n        sys.events.triggerEvent('sample:webhook', event.data);\n    }\n};\n"],
                     expected: [.marked(message("http", suggestion: nil))]),
        ],
        nonTriggering: [
            .package("a webhook listener on the declared http service", dependencies: #"[{"type": "service", "name": "http", "version": "v1.8.5", "instanceId": "shared"}]"#,
                     metadata: #"[{"type": "listener", "namespace": "webhook", "path": "/listeners/webhook.js"}]"#,
                     files: ["listeners/webhook.js": "listeners.webhook = {\n    label: 'Catch HTTP events',\n    type: 'service',\n    options: {\n        service: 'http',\n        event: 'webhook',\n        matching: { path: '/sample' }\n    },\n    callback: function (event) {\n        sys.events.triggerEvent('sample:webhook', event.data);\n    }\n};\n"]),
        ]
    )

    static func message(_ service: String, suggestion: String?) -> String {
        var message = "listener service '\(service)' is not a service dependency in package.json"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    func check(_ context: LintContext) {
        let symbols = context.symbols
        let services = symbols.dependencies.filter { $0.type == "service" }.map(\.name)
        for listener in context.listenerDefinitions where listener.literal("type", inOptions: false)?.text == "service" {
            guard let service = listener.literal("service"), !services.contains(service.text) else { continue }
            context.report(Self.self, Self.message(service.text, suggestion: Suggestion.closest(to: service.text, in: services)),
                           in: listener.script.source, range: service.node.range)
        }
    }
}
