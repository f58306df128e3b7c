import SlingrDiagnostics

/// A name that scripts and expressions cannot use after a dot (`config.<name>`, `step.<name>`).
enum InvalidNameRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "invalid-name",
        severity: .error,
        summary: "A name that cannot be used as an identifier in scripts and expressions.",
        explanation: "Names of fields, inputs, outputs, events, steps and UI services are used in code as config.<name>, step.<name> or '<package>:<event>', so they must be identifiers: letters, digits, '_' and '$', not starting with a digit. The package name may also contain '-' and '_' (see package-name-style).",
        triggering: [
            .package("field name 'api key'", configuration: #"[{"label": "A", "name": ↓"api key", "type": "text"}]"#,
                     expected: [.marked(message("api key"))]),
        ],
        nonTriggering: [
            .package("field name 'apiKey'", configuration: #"[{"label": "A", "name": "apiKey", "type": "text"}]"#),
        ]
    )

    static func message(_ name: String) -> String {
        "\(name.isEmpty ? "an empty name" : "'\(name)'") is not a valid name; use letters and digits, starting with a letter"
    }

    static func packageMessage(_ name: String) -> String {
        "package name \(name.isEmpty ? "an empty name" : "'\(name)'") is not valid; use letters and digits, starting with a letter"
    }
}
