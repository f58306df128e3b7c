import SlingrDiagnostics

/// A value for a field the form does not have, or for one that stores nothing.
enum ValueUnknownFieldRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "value-unknown-field",
        severity: .error,
        summary: "A value for a field the form does not have, or for one that stores nothing.",
        explanation: "A configuration value whose name is no field of the form (usually a typo, or a field that was renamed) is never read by the package; platform values such as WEBHOOK_URL cannot be set.",
        triggering: [
            .package("a misspelt field name", configuration: #"[{"label": "API key", "name": "apiKey", "type": "text"}]"#, files: ["values.json": #"{"apikey": "k-123"}"#],
                     expected: [.file("values.json", "no field 'apikey' in the form; did you mean 'apiKey'?")], command: .previewCheck),
        ],
        nonTriggering: [
            .package("a known field name", configuration: #"[{"label": "API key", "name": "apiKey", "type": "text"}]"#, files: ["values.json": #"{"apiKey": "k-123"}"#], command: .previewCheck),
        ]
    )
}
