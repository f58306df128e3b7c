import SlingrScript

/// `sys.events.triggerEvent(name, data)`: recorded with its data, and checked against the
/// events `package.json` declares (`acme:webhook` or `webhook` for a package named `acme`). An
/// undeclared event is still recorded, with the problem, and reported as a warning.
enum SysEvents {
    static let ruleDescription = RuntimeRule(
        id: "undeclared-event",
        explanation: """
        The package triggered an event that its package.json does not declare under 'events', or \
        that is prefixed with another package's name. The app only lets listeners subscribe to \
        declared events of the package, so such an event would reach nobody.
        """)

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

    /// Why an event name would not reach the app, or nil.
    static func problem(_ name: String, package: String, declared: [String]) -> String? {
        var eventName = name
        if let colon = name.firstIndex(of: ":") {
            let prefix = String(name[..<colon])
            eventName = String(name[name.index(after: colon)...])
            if prefix != package { return "event '\(name)' names package '\(prefix)', not '\(package)'" }
        }
        if declared.contains(eventName) { return nil }
        var message = "event '\(eventName)' is not declared in package.json 'events'"
        if !declared.isEmpty { message += " (declared: " + declared.map { "'\($0)'" }.joined(separator: ", ") + ")" }
        return message
    }
}
