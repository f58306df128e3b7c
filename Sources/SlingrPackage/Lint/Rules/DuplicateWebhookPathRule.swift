import SlingrDiagnostics
import SlingrScript

/// Two listeners of the same service event on the same `matching.path`: every request matches
/// both, so one of them is a copy left behind or has the wrong path.
struct DuplicateWebhookPathRule: LintRule {
    static let description = RuleDescription(
        id: "duplicate-webhook-path",
        severity: .warning,
        summary: "Two service listeners for the same event and matching.path.",
        explanation: "A webhook reaches every listener whose service, event and matching.path fit, so two listeners on one path handle each request twice (and a synchronous webhook can only answer once). Usually one was copied and its path not changed.",
        triggering: [
            .package("two webhook listeners on /sample", dependencies: #"[{"type": "service", "name": "http", "version": "v1.8.5"}]"#,
                     metadata: #"[{"type": "listener", "namespace": "webhook", "path": "/listeners/webhook.js"}, {"type": "listener", "namespace": "events", "path": "/listeners/events.js"}]"#,
                     files: ["listeners/webhook.js": "listeners.webhook = {\n    label: 'Catch HTTP events',\n    type: 'service',\n    options: { service: 'http', event: 'webhook', matching: { path: ↓'/sample' } },\n    callback: function (event) { sys.events.triggerEvent('sample:webhook', event.data); }\n};\n",
                             "listeners/events.js": "listeners.events = {\n    label: 'Catch events',\n    type: 'service',\n    options: { service: 'http', event: 'webhook', matching: { path: '/sample' } },\n    callback: function (event) { sys.events.triggerEvent('sample:event', event.data); }\n};\n"],
                     expected: [.marked(message(path: "/sample", event: "webhook", other: "events", file: "listeners/events.js"))]),
        ],
        nonTriggering: [
            .package("a webhook and a synchronous webhook on the same path", dependencies: #"[{"type": "service", "name": "http", "version": "v1.8.5"}]"#,
                     metadata: #"[{"type": "listener", "namespace": "webhook", "path": "/listeners/webhook.js"}]"#,
                     files: ["listeners/webhook.js": "listeners.webhook = {\n    label: 'Catch HTTP events',\n    type: 'service',\n    options: { service: 'http', event: 'webhook', matching: { path: '/sample' } },\n    callback: function (event) { sys.events.triggerEvent('sample:webhook', event.data); }\n};\nlisteners.webhookSync = {\n    label: 'Answer HTTP requests',\n    type: 'service',\n    options: { service: 'http', event: 'webhookSync', matching: { path: '/sample' } },\n    callback: function (event) { return { ok: true }; }\n};\n"]),
        ]
    )

    static func message(path: String, event: String, other: String, file: String) -> String {
        "another \(event) listener already matches path '\(path)' (listener '\(other)' in '\(file)')"
    }

    func check(_ context: LintContext) {
        var first: [String: ListenerDefinition] = [:]
        for listener in context.listenerDefinitions {
            guard let service = listener.literal("service"), let event = listener.literal("event"), let path = listener.matchingPath else { continue }
            let key = [service.text, event.text, path.text].joined(separator: "\u{0}")
            guard let earlier = first[key] else {
                first[key] = listener
                continue
            }
            context.report(Self.self, Self.message(path: path.text, event: event.text, other: earlier.name, file: earlier.script.relativePath),
                           in: listener.script.source, range: path.node.range)
        }
    }
}
