import SlingrDiagnostics

/// A key the format does not define. The platform ignores it, so a misspelt key (`visible` for
/// `visibility`) silently does nothing.
enum UnknownKeyRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "unknown-key",
        severity: .warning,
        summary: "A key the format does not define; often a typo such as 'visible' for 'visibility'.",
        explanation: "The platform ignores keys it does not know, so a misspelt key silently does nothing: the field stays visible, the option keeps its default. When exactly one known key is meant and the object does not have it yet, lint --fix renames the key; otherwise the closest keys are suggested.",
        isFixable: true,
        triggering: [
            .package("'visible' for 'visibility'", configuration: #"[{"label": "A", "name": "a", "type": "text", ↓"visible": false}]"#,
                     expected: [.marked(message("visible", in: "field 'a'", suggestion: "visibility"))]),
            .package("'visible' next to 'visibility' is only suggested", configuration: #"[{"label": "A", "name": "a", "type": "text", "visibility": true, ↓"visible": false}]"#,
                     expected: [.marked(message("visible", in: "field 'a'", suggestion: "visibility"))]),
        ],
        nonTriggering: [
            .package("'visibility'", configuration: #"[{"label": "A", "name": "a", "type": "text", "visibility": false}]"#),
        ]
    )

    static func message(_ key: String, in owner: String, suggestion: String? = nil, hint: String? = nil) -> String {
        var message = "unknown key '\(key)' in \(owner)"
        if let hint { message += "; \(hint)" } else if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    /// For `typeOptions`: the key is not an option of the field's type.
    static func optionMessage(_ key: String, type: String, known: [String], suggestion: String?) -> String {
        var message = known.isEmpty ? "type '\(type)' takes no typeOptions, but has '\(key)'" : "'\(key)' is not an option of type '\(type)'"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }

    static func fix(_ suggestion: String) -> String { "rename to '\(suggestion)'" }
}
