import SlingrDiagnostics
import SlingrScript

/// `sys.events.triggerEvent('<package>:<event>', ...)` with a literal id names this package and
/// an event its descriptor declares; otherwise apps listening for the event never hear it.
struct TriggerEventRule: LintRule {
    static let description = RuleDescription(
        id: "trigger-event",
        severity: .warning,
        summary: "sys.events.triggerEvent with an id that is not '<this package>:<declared event>'.",
        rationale: "Apps listen to package events by '<package>:<event>'; an undeclared event or another package's name reaches no listener. A warning: the package still installs and runs.",
        triggering: [
            .package("an event the descriptor does not declare", events: #"[{"label": "Webhook", "name": "webhook"}]"#,
                     metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.notify = function (data) { sys.events.triggerEvent('sample:webhooks', data); };\n"]),
            .package("another package's name", events: #"[{"label": "Webhook", "name": "webhook"}]"#,
                     metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.notify = function (data) { sys.events.triggerEvent('skeleton:webhook', data); };\n"]),
        ],
        nonTriggering: [
            .package("a declared event of this package", events: #"[{"label": "Webhook", "name": "webhook"}]"#,
                     metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.notify = function (data) { sys.events.triggerEvent('sample:webhook', data); };\n"]),
            .package("an id computed at run time", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.notify = function (name, data) { sys.events.triggerEvent('sample:' + name, data); };\n"]),
        ]
    )

    func check(_ context: LintContext) {
        let repository = context.repository
        guard let descriptor = repository.package?.packageDescriptor, let packageName = descriptor.name?.text else { return }
        let events = Set(descriptor.events.compactMap { $0.name?.text })
        for path in repository.javaScriptFiles {
            guard let script = repository.script(path), script.result.isValid else { continue }
            for call in ScriptQueries.calls(in: script.result.tree) where call.path == ["sys", "events", "triggerEvent"] {
                guard case .expression(let argument)? = call.node.arguments.first, let id = ScriptQueries.stringValue(argument) else { continue }
                let parts = id.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let message: String
                if parts.count != 2 {
                    message = "event id '\(id)' should be '\(packageName):<event>'"
                } else if parts[0] != packageName {
                    message = "event id '\(id)' names package '\(parts[0])', but this package is '\(packageName)'"
                } else if !events.contains(parts[1]) {
                    var text = "event '\(parts[1])' is not declared in package.json events"
                    if let suggestion = Suggestion.closest(to: parts[1], in: events.sorted()) { text += "; did you mean '\(suggestion)'?" }
                    message = text
                } else {
                    continue
                }
                context.report(Self.description, message, in: script.source, range: argument.range)
            }
        }
    }
}
