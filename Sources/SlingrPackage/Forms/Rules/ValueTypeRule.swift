import SlingrDiagnostics

/// A value of the wrong kind for its field (a list for a single field, text for a toggle, ...).
enum ValueTypeRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "value-type",
        severity: .error,
        summary: "A value of the wrong kind for its field (a list for a single field, text for a toggle, ...).",
        explanation: "Each field type stores one kind of value: toggles true or false, text-like fields text, many fields a list, groups an object of their fields. A value of another kind is refused or misread by the app.",
        triggering: [
            .package("a toggle holding text", configuration: #"[↓{"label": "Enabled", "name": "enabled", "type": "toggle"}]"#, files: ["values.json": #"{"enabled": "yes"}"#],
                     expected: [.marked("'enabled' must be true or false, not text")], command: .previewCheck),
        ],
        nonTriggering: [
            .package("a toggle holding a boolean", configuration: #"[{"label": "Enabled", "name": "enabled", "type": "toggle"}]"#, files: ["values.json": #"{"enabled": true}"#], command: .previewCheck),
        ]
    )
}
