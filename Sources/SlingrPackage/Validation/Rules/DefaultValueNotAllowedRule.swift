import SlingrDiagnostics

/// A `defaultValue` on a type that stores nothing.
enum DefaultValueNotAllowedRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "default-value-not-allowed",
        severity: .warning,
        summary: "A 'defaultValue' on a type that stores nothing (button, info, fieldsGroup).",
        explanation: "Buttons, info boxes and groups store no value in the configuration, so a default is never used; it usually means the field's type is not the one intended.",
        triggering: [
            .package("a button with a default", configuration: #"[{"label": "B", "name": "b", "type": "button", ↓"defaultValue": "x", "typeOptions": {"action": "config.x = 1;"}}, {"label": "X", "name": "x", "type": "text"}]"#,
                     expected: [.marked(message(in: "field 'b'", type: "button"))]),
        ],
        nonTriggering: [
            .package("a text field with a default", configuration: #"[{"label": "A", "name": "a", "type": "text", "defaultValue": "x"}]"#),
        ]
    )

    static func message(in owner: String, type: String) -> String {
        "\(owner) of type '\(type)' stores no value, so its 'defaultValue' is never used"
    }
}
