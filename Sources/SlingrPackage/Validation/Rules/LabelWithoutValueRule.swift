import SlingrDiagnostics

/// A `label` field with nothing to show.
enum LabelWithoutValueRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "label-without-value",
        severity: .warning,
        summary: "A 'label' field has no 'value' to show.",
        explanation: "A label shows its 'value'; without one it is an empty line in the form. Real packages use value-less labels as placeholders for tokens the code fills in later, so it is a warning.",
        triggering: [
            .package("a label without value", configuration: #"[↓{"label": "L", "name": "l", "type": "label"}]"#,
                     expected: [.marked(message(in: "field 'l'"))]),
        ],
        nonTriggering: [
            .package("a label with value", configuration: #"[{"label": "L", "name": "l", "type": "label", "value": "x"}]"#),
        ]
    )

    static func message(in owner: String) -> String { "\(owner) of type 'label' has no 'value' to show" }
}
