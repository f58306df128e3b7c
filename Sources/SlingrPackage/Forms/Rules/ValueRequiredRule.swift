import SlingrDiagnostics

/// A required field has no value.
enum ValueRequiredRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "value-required",
        severity: .error,
        summary: "A required field has no value.",
        explanation: "The app builder refuses to save a configuration whose visible required fields are empty; a package configured from a values file (preview --check, configure, run) fails the same way. Hidden fields are not checked, as the form does not check them.",
        triggering: [
            .package("a required API key without a value", configuration: #"[↓{"label": "API key", "name": "apiKey", "type": "text", "required": true}]"#, files: ["values.json": #"{}"#],
                     expected: [.marked("'apiKey' is required but has no value")], command: .previewCheck),
        ],
        nonTriggering: [
            .package("a required API key with a value", configuration: #"[{"label": "API key", "name": "apiKey", "type": "text", "required": true}]"#, files: ["values.json": #"{"apiKey": "k-123"}"#], command: .previewCheck),
        ]
    )
}
