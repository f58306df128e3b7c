import SlingrDiagnostics

/// A field or input without a caption.
enum MissingLabelRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "missing-label",
        severity: .warning,
        summary: "A field, input, event or flow step without a 'label' (shown with an empty caption).",
        explanation: "Without a label the field has an empty caption in the app builder, the step or input in the flow editor, the event in the app's listeners; it still works, so this is a warning, not a missing key. Fields with \"showLabel\": false need none.",
        triggering: [
            .package("a field without label", configuration: #"[↓{"name": "a", "type": "text"}]"#, expected: [.marked(message(in: "field 'a'"))]),
        ],
        nonTriggering: [
            .package("no label but showLabel false", configuration: #"[{"name": "a", "type": "text", "showLabel": false}]"#),
        ]
    )

    static func message(in owner: String) -> String { "\(owner) has no 'label'" }
}
