import SlingrDiagnostics

/// `"true"` or `"false"` as a string where a boolean is meant. It works (the string is evaluated
/// as an expression), which is why real packages are full of it; a boolean says what is meant.
enum BooleanAsStringRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "boolean-as-string",
        severity: .warning,
        summary: "A boolean is written as the string \"true\" or \"false\".",
        explanation: "required, visibility and similar keys take a boolean or a JavaScript expression; the string \"true\" is an expression that happens to evaluate to true, so it works, but it hides typos such as \"ture\" and is evaluated on every change. lint --fix writes the boolean.",
        isFixable: true,
        triggering: [
            .package("required as \"true\"", configuration: #"[{"label": "A", "name": "a", "type": "text", "required": ↓"true"}]"#,
                     expected: [.marked(message("required", in: "field 'a'", text: "true"))]),
        ],
        nonTriggering: [
            .package("required as an expression", configuration: #"[{"label": "A", "name": "a", "type": "text", "required": "config.b == 'x'"}, {"label": "B", "name": "b", "type": "text", "required": false}]"#),
        ]
    )

    static func message(_ key: String, in owner: String, text: String) -> String {
        "'\(key)' of \(owner) is the string \"\(text)\"; write the boolean \(text) without quotes"
    }

    static func fix(_ text: String) -> String { "replace with \(text)" }
}
