import SlingrDiagnostics

/// A UTF-8 byte-order mark before the JSON text. JSON text must not start with one (RFC 8259
/// section 8.1); readers may accept it, so it is a warning, and `lint --fix` removes it.
public enum ByteOrderMarkRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "json-bom",
        severity: .warning,
        summary: "The JSON file starts with a UTF-8 byte-order mark.",
        explanation: "JSON text must not begin with a byte-order mark (RFC 8259). Some readers skip it, others fail on the first byte; editors on Windows add it silently. lint --fix removes it.",
        isFixable: true,
        triggering: [
            RuleExample("a BOM", files: ["package.json": "↓\u{FEFF}{\"name\": \"a\", \"label\": \"A\", \"dependencies\": [], \"configuration\": [], \"events\": [], \"metadata\": []}"],
                        expected: [.marked(message)]),
        ],
        nonTriggering: [
            RuleExample("no BOM", files: ["package.json": #"{"name": "a", "label": "A", "dependencies": [], "configuration": [], "events": [], "metadata": []}"#]),
        ]
    )

    public static let message = "UTF-8 byte-order mark at the start of the file; JSON text should not have one"
}
