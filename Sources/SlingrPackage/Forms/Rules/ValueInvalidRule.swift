import SlingrDiagnostics

/// A value that fails its field's validation (email, number, url or a validation function).
enum ValueInvalidRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "value-invalid",
        severity: .error,
        summary: "A value that fails its field's validation (email, number, url or a validation function).",
        explanation: "text fields validate their value: typeOptions.validation 'email', 'number' or 'url', or a validation function with its message, as the app builder does before saving. A ${NAME} placeholder always passes, since the app replaces it at load time.",
        triggering: [
            .package("an email field holding a name", configuration: #"[↓{"label": "Email", "name": "email", "type": "text", "typeOptions": {"validation": "email"}}]"#, files: ["values.json": #"{"email": "Ada"}"#],
                     expected: [.marked("'email' must be an email address, not 'Ada'")], command: .previewCheck),
        ],
        nonTriggering: [
            .package("an email field holding an address", configuration: #"[{"label": "Email", "name": "email", "type": "text", "typeOptions": {"validation": "email"}}]"#, files: ["values.json": #"{"email": "ada@example.com"}"#], command: .previewCheck),
        ]
    )
}
