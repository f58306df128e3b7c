import SlingrDiagnostics

/// A drop-down or buttons group with nothing to choose.
enum EmptyPossibleValuesRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "empty-possible-values",
        severity: .error,
        summary: "A drop-down or buttons group without any possible value.",
        explanation: "A dropDown or buttonsGroup offers typeOptions.possibleValues ({label, name} objects); with none and no allowCustom there is nothing to choose, so the field can never be filled in.",
        triggering: [
            .package("a drop-down without options", configuration: #"[↓{"label": "A", "name": "a", "type": "dropDown"}]"#,
                     expected: [.marked(missingMessage(in: "field 'a'", type: "dropDown", key: "typeOptions.possibleValues"))]),
        ],
        nonTriggering: [
            .package("a custom-only drop-down", configuration: #"[{"label": "A", "name": "a", "type": "dropDown", "typeOptions": {"allowCustom": true}}]"#),
        ]
    )

    static func missingMessage(in owner: String, type: String, key: String) -> String { "\(owner) of type '\(type)' is missing '\(key)'" }
    static func emptyMessage(in owner: String) -> String { "'possibleValues' of \(owner) is empty" }
}
