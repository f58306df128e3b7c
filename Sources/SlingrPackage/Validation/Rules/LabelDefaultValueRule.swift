import SlingrDiagnostics

/// A `label` field with `defaultValue`: labels show their `value` and store nothing.
enum LabelDefaultValueRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "label-default-value",
        severity: .warning,
        summary: "A 'label' field uses 'defaultValue'; labels show their 'value'.",
        explanation: "A label shows its 'value' (text, HTML or an expression) and stores nothing, so a 'defaultValue' is never shown. When the field has no 'value', lint --fix renames 'defaultValue' to 'value'.",
        isFixable: true,
        triggering: [
            .package("a label with defaultValue", configuration: #"[{"label": "L", "name": "l", "type": "label", ↓"defaultValue": "x"}]"#,
                     expected: [.marked(message(in: "field 'l'"))]),
        ],
        nonTriggering: [
            .package("a label with value", configuration: #"[{"label": "L", "name": "l", "type": "label", "value": "x"}]"#),
        ]
    )

    static func message(in owner: String) -> String { "\(owner) of type 'label' uses 'defaultValue'; labels show their 'value'" }
}
