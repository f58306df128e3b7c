import SlingrDiagnostics

/// A `button` field with `multiplicity: "many"`, which the documentation does not allow.
enum ButtonMultiplicityRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "button-multiplicity",
        severity: .error,
        summary: "A 'button' field with multiplicity 'many', which the platform does not allow.",
        explanation: "A button runs its action when pressed and stores nothing, so it cannot be repeated; the documentation says buttons do not allow multiplicity 'many'. lint --fix writes 'one'.",
        isFixable: true,
        triggering: [
            .package("a button with multiplicity 'many'", configuration: #"[{"label": "B", "name": "b", "type": "button", "multiplicity": ↓"many", "typeOptions": {"action": "config.x = 1;"}}, {"label": "X", "name": "x", "type": "text"}]"#,
                     expected: [.marked(message(in: "field 'b'"))]),
        ],
        nonTriggering: [
            .package("a button", configuration: #"[{"label": "B", "name": "b", "type": "button", "typeOptions": {"action": "config.x = 1;"}}, {"label": "X", "name": "x", "type": "text"}]"#),
        ]
    )

    static func message(in owner: String) -> String { "\(owner) of type 'button' cannot have multiplicity 'many'" }
}
