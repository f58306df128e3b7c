import SlingrPackage
import SlingrScript

/// `sys.events.triggerEvent(name, data)`: recorded with its data, and checked against the
/// events `package.json` declares (`acme:webhook` for a package named `acme`), as the lint rule
/// trigger-event checks literal ids. An undeclared event is still recorded, with the problem,
/// and reported as a warning of that rule.
enum SysEvents {

    static func make(_ context: ScriptContext, state: RuntimeState) -> Value {
        let events = context.makeNamespace(member: NotEmulated.members(context, path: "sys.events", state: state))
        context.define(events, "triggerEvent", context.makeFunction("triggerEvent", length: 2) { call in
            let name = try call.context.toString(call[0])
            let event = TriggeredEvent(name: name, data: call.context.hostValue(call[1]),
                                       problem: problem(name, package: state.packageName, declared: state.declaredEvents))
            state.journal.events.append(event)
            return .undefined
        })
        return events
    }

    /// Why an event id would not reach the app (the lint rule trigger-event's words), or nil.
    static func problem(_ name: String, package: String, declared: [String]) -> String? {
        TriggerEventRule.problem(name, packageName: package, events: declared)
    }
}
