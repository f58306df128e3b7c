import SlingrDiagnostics

/// A configuration field type the platform does not know. Such a field is not shown, or the
/// package is rejected; `dropdown` for `dropDown` is the classic.
enum UnknownFieldTypeRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "unknown-field-type",
        severity: .error,
        summary: "A field type the platform does not know, such as 'dropdown' for 'dropDown'.",
        explanation: "Configuration fields take the documented types (text, password, toggle, buttonsGroup, dropDown, label, info, button, fieldsGroup), oauth2, which real packages use, and the legacy entity and script types. When one type is clearly meant (another case, 'boolean' for 'toggle', a small typo), the field is checked as that type too and lint --fix writes it.",
        isFixable: true,
        triggering: [
            .package("type 'dropdown'", configuration: #"[{"label": "A", "name": "a", "type": ↓"dropdown", "typeOptions": {"possibleValues": [{"label": "X", "name": "x"}]}}]"#,
                     expected: [.marked(message("dropdown", suggestion: "dropDown"))]),
        ],
        nonTriggering: [
            .package("type 'dropDown'", configuration: #"[{"label": "A", "name": "a", "type": "dropDown", "typeOptions": {"possibleValues": [{"label": "X", "name": "x"}]}}]"#),
        ]
    )

    static func message(_ type: String, suggestion: String?) -> String {
        var message = "unknown field type '\(type)'"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }
}
