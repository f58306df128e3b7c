import SlingrDiagnostics
import SlingrScript

/// `sys.events.triggerEvent('<package>:<event>', ...)` with a literal id names this package and
/// an event its descriptor declares; otherwise apps listening for the event never hear it.
public struct TriggerEventRule: LintRule {
    public static let description = RuleDescription(
        id: "trigger-event",
        severity: .warning,
        summary: "sys.events.triggerEvent with an id that is not '<this package>:<declared event>'.",
        explanation: "Apps listen to package events by '<package>:<event>'; an undeclared event or another package's name reaches no listener. A warning: the package still installs and runs.",
        triggering: [
            .package("an event the descriptor does not declare", events: #"[{"label": "Webhook", "name": "webhook"}]"#,
                     metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.notify = function (data) { sys.events.triggerEvent(↓'sample:webhooks', data); };\n"],
                     expected: [.marked(undeclared("webhooks", suggestion: "webhook"))]),
            .package("another package's name", events: #"[{"label": "Webhook", "name": "webhook"}]"#,
                     metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.notify = function (data) { sys.events.triggerEvent(↓'skeleton:webhook', data); };\n"],
                     expected: [.marked(otherPackage("skeleton:webhook", named: "skeleton", this: "sample"))]),
        ],
        nonTriggering: [
            .package("a declared event of this package", events: #"[{"label": "Webhook", "name": "webhook"}]"#,
                     metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.notify = function (data) { sys.events.triggerEvent('sample:webhook', data); };\n"]),
            .package("an id computed at run time", metadata: #"[{"type": "script", "namespace": "api", "path": "/scripts/api.js"}]"#,
                     files: ["scripts/api.js": "exports.notify = function (name, data) { sys.events.triggerEvent('sample:' + name, data); };\n"]),
        ]
    )

    public init() {}

    /// Why an event id reaches no listener of the app, or `nil` when it names a declared event
    /// of this package: lint checks literal ids, `slingr-pkg run` the ids code really triggers.
    public static func problem(_ id: String, packageName: String, events: [String]) -> String? {
        let parts = id.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if parts.count != 2 { return shape(id, packageName: packageName) }
        if parts[0] != packageName { return otherPackage(id, named: parts[0], this: packageName) }
        if !events.contains(parts[1]) { return undeclared(parts[1], suggestion: Suggestion.closest(to: parts[1], in: events.sorted())) }
        return nil
    }

    static func shape(_ id: String, packageName: String) -> String { "event id '\(id)' should be '\(packageName):<event>'" }
    static func otherPackage(_ id: String, named other: String, this packageName: String) -> String {
        "event id '\(id)' names package '\(other)', but this package is '\(packageName)'"
    }
    static func undeclared(_ event: String, suggestion: String?) -> String {
        var text = "event '\(event)' is not declared in package.json events"
        if let suggestion { text += "; did you mean '\(suggestion)'?" }
        return text
    }

    public func check(_ context: LintContext) {
        let repository = context.repository
        guard let descriptor = repository.package?.packageDescriptor, let packageName = descriptor.name?.text else { return }
        let events = descriptor.events.compactMap { $0.name?.text }
        for path in repository.javaScriptFiles {
            guard let script = repository.script(path), script.result.isValid else { continue }
            for call in ScriptQueries.calls(in: script.result.tree) where call.path == ["sys", "events", "triggerEvent"] {
                guard case .expression(let argument)? = call.node.arguments.first, let id = ScriptQueries.stringValue(argument) else { continue }
                guard let message = Self.problem(id, packageName: packageName, events: events) else { continue }
                context.report(Self.self, message, in: script.source, range: argument.range)
            }
        }
    }
}
