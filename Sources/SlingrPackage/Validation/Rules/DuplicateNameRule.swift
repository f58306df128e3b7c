import SlingrDiagnostics

/// Two siblings share a name where the platform keys by name: fields of one form or group,
/// inputs, outputs, events, dependencies, possible values, UI service functions.
enum DuplicateNameRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "duplicate-name",
        severity: .error,
        summary: "Two siblings share a name (fields, inputs, events, dependencies, possible values, ...).",
        explanation: "The platform keys these by name: config.<name> holds one value, an event id names one event. The second declaration overwrites or hides the first, so one of them never works. The finding points at the later one and a note at the first.",
        triggering: [
            .package("two events named 'e'", events: #"[{"label": "E", "name": "e"}, {"label": "E2", "name": ↓"e"}]"#,
                     expected: [.marked(message("e", what: "event"))]),
        ],
        nonTriggering: [
            .package("two events with different names", events: #"[{"label": "E", "name": "e"}, {"label": "F", "name": "f"}]"#),
        ]
    )

    static func message(_ name: String, what: String) -> String { "duplicate \(what) name '\(name)'" }
    static func note(_ name: String) -> String { "'\(name)' is first declared here" }
}
