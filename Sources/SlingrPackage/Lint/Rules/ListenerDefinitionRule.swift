import SlingrDiagnostics
import SlingrScript

/// Listener files assign `listeners.<name> = {label, type, options, callback}` with a known
/// type and known option values, as the platform documentation describes listeners. Only literal
/// values are checked.
struct ListenerDefinitionRule: LintRule {
    static let types = ["data", "service", "job"]
    static let dataEvents = ["recordCreated", "recordChanged", "recordDeleted", "actionPerformed"]
    static let jobTypes = ["startApp", "stopApp", "importRecords", "exportRecords", "importUsers", "exportUsers"]
    static let jobEvents = ["created", "started", "finished", "stopped", "resumed", "canceled"]
    static let optionKeys = ["data": ["executeInBackground", "entity", "events"], "service": ["service", "event", "matching"], "job": ["jobType", "event"]]

    static let description = RuleDescription(
        id: "listener-definition",
        severity: .error,
        summary: "A listener that is not listeners.<name> = {label, type, options, callback} with a known type and options.",
        explanation: "The platform reads listener definitions from these objects when the package is installed; a wrong type or option means the listener never fires.",
        triggering: [
            .package("an unknown listener type", metadata: #"[{"type": "listener", "namespace": "webhook", "path": "/listeners/webhook.js"}]"#,
                     files: ["listeners/webhook.js": "listeners.hook = {\n    label: 'Hook',\n    type: ↓'services',\n    options: { service: 'http', event: 'webhook', matching: { path: '/sample' } },\n    callback: function (event) {}\n};\n"],
                     expected: [.marked(unknown("services", of: "type", in: "listener 'hook'", allowed: types))]),
            .package("a job listener with an unknown event", metadata: #"[{"type": "listener", "namespace": "jobs", "path": "/listeners/jobs.js"}]"#,
                     files: ["listeners/jobs.js": "listeners.onExport = {\n    label: 'Export done',\n    type: 'job',\n    options: { jobType: 'exportRecords', event: ↓'done' },\n    callback: function (event) {}\n};\n"],
                     expected: [.marked(unknown("done", of: "event", in: "options of listener 'onExport'", allowed: jobEvents))]),
            .package("a file that defines no listener", metadata: #"[{"type": "listener", "namespace": "hooks", "path": "/listeners/hooks.js"}]"#,
                     files: ["listeners/hooks.js": "↓var hook = { label: 'Hook' };\n"], expected: [.marked(noListener("listeners/hooks.js"))]),
        ],
        nonTriggering: [
            .package("a webhook listener on the http service", metadata: #"[{"type": "listener", "namespace": "webhook", "path": "/listeners/webhook.js"}]"#,
                     files: ["listeners/webhook.js": "listeners.hook = {\n    label: 'Hook',\n    type: 'service',\n    options: { service: 'http', event: 'webhook', matching: { path: '/sample' } },\n    callback: function (event) { return 'ok'; }\n};\n"]),
            .package("a data listener", metadata: #"[{"type": "listener", "namespace": "data", "path": "/listeners/data.js"}]"#,
                     files: ["listeners/data.js": "listeners.companies = {\n    label: 'Companies',\n    type: 'data',\n    options: { executeInBackground: true, entity: 'companies', events: [{ type: 'recordCreated' }, { type: 'actionPerformed', action: 'assign' }] },\n    callback: function (event, record, oldRecord) {}\n};\n"]),
        ]
    )

    static func noListener(_ path: String) -> String { "'\(path)' defines no listener; assign listeners.<name> = {label, type, options, callback}" }
    static func unknown(_ text: String, of key: String, in owner: String, allowed: [String]) -> String {
        var message = "unknown \(key) '\(text)' in \(owner); expected one of: \(allowed.joined(separator: ", "))"
        if let suggestion = Suggestion.closest(to: text, in: allowed) { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    func check(_ context: LintContext) {
        let repository = context.repository
        for path in repository.scripts(type: "listener", conventionalFolder: "listeners") where !repository.isIgnored(path) {
            guard let script = repository.script(path), script.result.isValid else { continue }
            let definitions = ScriptQueries.memberAssignments(in: script.result.tree).filter { $0.path.count == 2 && $0.path[0] == "listeners" }
            if definitions.isEmpty {
                context.report(Self.self, Self.noListener(path),
                               in: script.source, range: SourceRange(at: 0))
            }
            for definition in definitions {
                guard case .object(let object) = definition.node.right else { continue }
                check(object, name: definition.path[1], script: script, context: context)
            }
        }
    }

    private func check(_ object: ObjectExpression, name: String, script: ParsedScript, context: LintContext) {
        let properties = Dictionary(ScriptQueries.properties(of: object).map { ($0.name, $0.property) }, uniquingKeysWith: { first, _ in first })
        let missing = ["label", "type", "options", "callback"].filter { properties[$0] == nil }
        if !missing.isEmpty {
            context.report(Self.self, "listener '\(name)' is missing \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                           in: script.source, range: SourceRange(start: object.range.start, end: object.range.start + 1))
        }
        var type: String?
        if let typeProperty = properties["type"], let text = ScriptQueries.stringValue(typeProperty.value) {
            if Self.types.contains(text) {
                type = text
            } else {
                report(text, of: "type", allowed: Self.types, in: "listener '\(name)'", at: typeProperty.value, script: script, context: context)
            }
        }
        if let callback = properties["callback"] {
            switch callback.value {
            case .function, .arrowFunction, .identifier, .member: break
            default:
                context.report(Self.self, "'callback' of listener '\(name)' must be a function", in: script.source, range: callback.value.range)
            }
        }
        guard let type, let optionsProperty = properties["options"], case .object(let options) = optionsProperty.value else { return }
        let values = Dictionary(ScriptQueries.properties(of: options).map { ($0.name, $0.property) }, uniquingKeysWith: { first, _ in first })
        let owner = "options of listener '\(name)'"
        switch type {
        case "service":
            for key in ["service", "event"] where values[key] == nil {
                context.report(Self.self, "\(owner) are missing '\(key)'", in: script.source, range: SourceRange(start: options.range.start, end: options.range.start + 1))
            }
        case "job":
            check(values["jobType"], key: "jobType", allowed: Self.jobTypes, owner: owner, script: script, context: context)
            check(values["event"], key: "event", allowed: Self.jobEvents, owner: owner, script: script, context: context)
        case "data":
            if let events = values["events"], case .array(let array) = events.value {
                for element in array.elements {
                    guard case .expression(.object(let event))? = element else { continue }
                    let eventType = ScriptQueries.properties(of: event).first { $0.name == "type" }?.property
                    check(eventType, key: "type", allowed: Self.dataEvents, owner: "an event of listener '\(name)'", script: script, context: context)
                }
            }
        default:
            break
        }
    }

    private func check(_ property: Property?, key: String, allowed: [String], owner: String, script: ParsedScript, context: LintContext) {
        guard let property, let text = ScriptQueries.stringValue(property.value), !allowed.contains(text) else { return }
        report(text, of: key, allowed: allowed, in: owner, at: property.value, script: script, context: context)
    }

    private func report(_ text: String, of key: String, allowed: [String], in owner: String, at value: Expression, script: ParsedScript, context: LintContext) {
        context.report(Self.self, Self.unknown(text, of: key, in: owner, allowed: allowed), in: script.source, range: value.range)
    }
}
